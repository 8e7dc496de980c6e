package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.theme.Theme;

/**
 * The playback icons (base.css {@code .icon}) resolve their colour without a CSS warning when
 * the first refused text makes ControlsFX re-root the main window's scene: RandomInputUiTest
 * logged "Caught ClassCastException … while converting value for '-fx-background-color' from
 * rule '*.icon'" there.
 * And every theme paints them its own text colour.
 */
@ExtendWith(ApplicationExtension.class)
class IconStyleUiTest {
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()
                    && String.valueOf(record.getLoggerName()).startsWith("javafx")) {
                warnings.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }
        @Override public void flush() {}
        @Override public void close() {}
    };
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        window = UiTestKit.showShell(stage);
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(handler);
    }

    @Test
    void aRefusedTextInTheTrainingLabLogsNoIconWarning(FxRobot robot) {
        robot.interact(() -> window.view().select("training"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField hidden = robot.lookup("#param-hidden").queryAs(TextField.class);
        robot.clickOn(hidden);
        robot.interact(() -> hidden.setText("(((x"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(OnFx.call(() -> {
            var marks = Decorator.getDecorations(hidden);
            return marks != null && !marks.isEmpty();
        }), "the error mark is on, so ControlsFX re-rooted the scene");
        // Then every theme in turn, with the optimizer lab's playback icons on screen.
        robot.interact(() -> window.view().select("optimizer"));
        Map<Theme, Color> expected = Map.of(Theme.LIGHT, Color.web("#333333"), Theme.DARK, Color.WHITE,
                Theme.HIGH_CONTRAST, Color.WHITE);
        for (Theme theme : List.of(Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT)) {
            robot.interact(() -> window.appearance().setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Paint fill = OnFx.call(() -> {
                Region icon = (Region) robot.lookup("#optimizer-play").queryAs(Button.class).getGraphic();
                return icon.getBackground() == null ? null : icon.getBackground().getFills().get(0).getFill();
            });
            assertEquals(expected.get(theme), fill, theme + ": the play icon's colour");
        }
        assertEquals(List.of(), warnings, "CSS warnings");
    }
}
