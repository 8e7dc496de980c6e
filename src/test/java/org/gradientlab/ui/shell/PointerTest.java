package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PointerTest {
    private final TextField field = new TextField();
    private final Button button = new Button("press");
    private Pointer pointer;
    private Scene scene;
    private int presses;

    @Start
    void start(Stage stage) {
        field.setId("field");
        button.setId("button");
        button.setOnAction(e -> presses++);
        VBox content = new VBox(20, button, field);
        pointer = new Pointer(content);
        scene = new Scene(pointer.root(), 600, 400);
        pointer.install(scene);
        stage.setScene(scene);
        stage.show();
        button.requestFocus();
    }

    @Test
    void lCyclesDotSpotlightOffAndTheDotFollowsTheMouse(FxRobot robot) {
        robot.moveTo(scene.getWindow().getX() + scene.getX() + 300, scene.getWindow().getY() + scene.getY() + 200);
        robot.type(KeyCode.L);
        assertEquals(Pointer.Mode.DOT, pointer.modeProperty().get());
        Circle dot = robot.lookup("#pointer-dot").queryAs(Circle.class);
        assertTrue(dot.isVisible());
        assertEquals(Cursor.NONE, scene.getCursor(), "the dot replaces the arrow");
        Point2D target = button.localToScreen(10, 10);
        robot.moveTo(target);
        Point2D inScene = button.localToScene(10, 10);
        assertEquals(inScene.getX(), dot.getCenterX(), 1.5);
        assertEquals(inScene.getY(), dot.getCenterY(), 1.5);
        assertTrue(dot.getRadius() * 2 >= 30, "large enough for the back row");

        robot.type(KeyCode.L);
        assertEquals(Pointer.Mode.SPOTLIGHT, pointer.modeProperty().get());
        assertFalse(dot.isVisible());
        Node spotlight = robot.lookup("#pointer-spotlight").query();
        assertTrue(spotlight.isVisible());
        assertFalse(spotlight.contains(spotlight.sceneToLocal(inScene)), "the circle round the pointer stays lit");
        assertTrue(spotlight.contains(spotlight.sceneToLocal(590, 390)), "the rest is dimmed");
        assertNull(scene.getCursor());

        robot.type(KeyCode.L);
        assertEquals(Pointer.Mode.OFF, pointer.modeProperty().get());
        assertFalse(robot.lookup("#pointer-layer").query().isVisible());
        assertTrue(robot.lookup("#pointer-spotlight").tryQuery().isEmpty());
    }

    @Test
    void clicksPassThroughThePointer(FxRobot robot) {
        robot.type(KeyCode.L);
        robot.clickOn("#button");
        assertEquals(1, presses);
        robot.type(KeyCode.L);
        robot.clickOn("#button");
        assertEquals(2, presses);
    }

    @Test
    void aTextFieldKeepsTheLKey(FxRobot robot) {
        robot.clickOn("#field").type(KeyCode.L);
        assertEquals("l", field.getText());
        assertEquals(Pointer.Mode.OFF, pointer.modeProperty().get());
    }
}
