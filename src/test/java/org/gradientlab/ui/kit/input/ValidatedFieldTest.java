package org.gradientlab.ui.kit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/** A rate field (0 < η ≤ 10, the receiver refusing 5) and a list field, typed into by the robot. */
@ExtendWith(ApplicationExtension.class)
class ValidatedFieldTest {
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private final List<Double> committed = new ArrayList<>();
    private final I18n i18n = new I18n(Language.ENGLISH);
    private ValidatedField<Double> rate;
    private ValidatedField<List<Integer>> sizes;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        rate = new ValidatedField<>(i18n, "rate", t -> Parsers.number(t, 1e-6, 10));
        rate.setOnCommit(value -> {
            if (value == 5) {
                throw new IllegalArgumentException("five is refused by the model");
            }
            committed.add(value);
        });
        rate.setText("0.1");
        sizes = new ValidatedField<>(i18n, "sizes", t -> Parsers.wholeList(t, 20, 1, 4096));
        sizes.setText("100, 100");
        Button other = new Button("other");
        other.setId("other");
        VBox root = new VBox(8, rate.field(), rate.error(), sizes.field(), sizes.error(), other);
        Scene scene = new Scene(root, 500, 300);
        new Appearance(Theme.LIGHT, 100).style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void nothingWasThrown() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), thrown, "exceptions on the FX thread");
    }

    private void retype(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.TextField.class).selectAll());
        robot.write(text);
    }

    private boolean marked(ValidatedField<?> field) {
        WaitForAsyncUtils.waitForFxEvents();
        return OnFx.call(() -> {
            var decorations = Decorator.getDecorations(field.field());
            return decorations != null && !decorations.isEmpty();
        });
    }

    @Test
    void badNumbersShowTheirMessageAndKeepTheLastValue(FxRobot robot) {
        for (String bad : List.of("abc", "NaN", "1e309", "한국어", "-1", "1,5")) {
            retype(robot, "#rate", bad);
            robot.type(KeyCode.ENTER);
            assertTrue(rate.error().isVisible(), bad);
            assertTrue(rate.field().getStyleClass().contains("invalid"), bad);
            assertTrue(marked(rate), "ControlsFX error mark for " + bad);
            assertTrue(rate.value().isEmpty(), bad);
        }
        assertEquals(List.of(), committed, "nothing bad was committed: the receiver keeps its 0.1");
        assertEquals("Enter a number, e.g. 0.01.", rate.error().getText(), "a decimal comma is not a number");
        retype(robot, "#rate", "-1");
        assertEquals("Enter a number from 1 × 10⁻⁶ to 10.", rate.error().getText(), "−1 names the range");
        retype(robot, "#rate", "1e309");
        assertEquals("This number is too large.", rate.error().getText());
        retype(robot, "#rate", "\u22120.5");
        assertEquals("Enter a number from 1 × 10⁻⁶ to 10.", rate.error().getText(), "the true minus is read as minus");
        retype(robot, "#rate", "0.25");
        assertFalse(rate.error().isVisible());
        assertFalse(marked(rate));
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(0.25), committed);
    }

    @Test
    void leavingTheFieldCommitsAndTheReceiversRefusalShowsInline(FxRobot robot) {
        retype(robot, "#rate", "2");
        robot.clickOn("#other");
        assertEquals(List.of(2.0), committed, "committed when focus left");
        retype(robot, "#rate", "5");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(2.0), committed);
        assertTrue(rate.error().isVisible());
        assertEquals("This value is not allowed here.", rate.error().getText());
        assertTrue(marked(rate));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("여기에는 이 값을 쓸 수 없습니다.", rate.error().getText(), "worded again in Korean");
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
    }

    @Test
    void aListenerOnTheTextReadsTheValueOfTheTextAsTyped(FxRobot robot) {
        // Invalidation listeners run before change listeners, so before the field's own: the
        // training form listens this way, and its last keystroke was lost (20 ran, 200 shown).
        List<Optional<Double>> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> rate.field().textProperty().addListener(o -> seen.add(rate.value())));
        retype(robot, "#rate", "0.25");
        assertEquals(Optional.of(0.25), seen.get(seen.size() - 1));
        retype(robot, "#rate", "abc");
        assertEquals(Optional.empty(), seen.get(seen.size() - 1));
    }

    @Test
    void listsAcceptCommasAndRepeatsAndRefuseTheRest(FxRobot robot) {
        retype(robot, "#sizes", "100,100,100");
        assertEquals(List.of(100, 100, 100), sizes.value().orElseThrow());
        retype(robot, "#sizes", "100x5");
        assertEquals(5, sizes.value().orElseThrow().size());
        retype(robot, "#sizes", "100, abc");
        assertTrue(sizes.error().isVisible());
        assertEquals("Enter up to 20 sizes from 1 to 4,096, separated by commas, e.g. 100, 100 or 100x5.",
                sizes.error().getText());
        assertTrue(sizes.value().isEmpty(), "no list is read from bad text");
    }
}
