package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/**
 * The projector pointer's dot, ring, halo and spotlight shade are the theme's -gl-pointer-*: the
 * light theme keeps the red dot ringed white with a black halo under a 60 % shade, high contrast
 * rings it in its yellow, and the darker themes shade more.
 */
@ExtendWith(ApplicationExtension.class)
class PointerThemeTest {
    private final Appearance appearance = new Appearance(Theme.LIGHT, 100);
    private Pointer pointer;
    private Scene scene;

    @Start
    void start(Stage stage) {
        pointer = new Pointer(new VBox());
        scene = new Scene(pointer.root(), 600, 400);
        appearance.style(scene);
        pointer.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void dotAndSpotlightTakeTheThemesColours(FxRobot robot) {
        assertLook(robot, Theme.LIGHT, Color.web("#ff1744"), Color.WHITE, Color.rgb(0, 0, 0, 0.6));
        assertLook(robot, Theme.DARK, Color.web("#ff1744"), Color.WHITE, Color.rgb(0, 0, 0, 0.72));
        assertLook(robot, Theme.HIGH_CONTRAST, Color.web("#ff1744"), Color.web("#ffd400"), Color.rgb(0, 0, 0, 0.8));
        assertLook(robot, Theme.LIGHT, Color.web("#ff1744"), Color.WHITE, Color.rgb(0, 0, 0, 0.6));
    }

    private void assertLook(FxRobot robot, Theme theme, Color dot, Color ring, Color shade) {
        robot.interact(() -> {
            appearance.setTheme(theme);
            pointer.moveTo(300, 200);
            pointer.cycle(scene); // dot
            scene.getRoot().applyCss();
        });
        Object[] dotLook = OnFx.call(() -> {
            Shape d = (Shape) scene.lookup("#pointer-dot");
            return new Object[] {d.getFill(), d.getStroke(), d.getStrokeWidth(), d.getEffect()};
        });
        robot.interact(() -> {
            pointer.cycle(scene); // spotlight
            scene.getRoot().applyCss();
        });
        Object spotFill = OnFx.call(() -> ((Shape) scene.lookup("#pointer-spotlight")).getFill());
        robot.interact(() -> pointer.cycle(scene)); // off
        assertEquals(dot, dotLook[0], theme + " dot");
        assertEquals(ring, dotLook[1], theme + " ring");
        assertEquals(4.0, (double) dotLook[2], theme + " ring width");
        DropShadow halo = assertInstanceOf(DropShadow.class, dotLook[3], theme + " halo");
        assertEquals(Color.BLACK, halo.getColor(), theme + " halo colour");
        assertEquals(10.0, halo.getRadius(), theme + " halo radius");
        assertEquals(shade, spotFill, theme + " shade");
    }
}
