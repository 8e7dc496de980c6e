package org.gradientlab.ui.kit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** A throwable nobody caught, on any thread, ends in one dialog naming it and the log's path. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {
    @TempDir
    Path dir;
    private final I18n i18n = new I18n(Language.KOREAN);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("a lab"), 400, 300));
        stage.show();
    }

    @Test
    void anUncaughtErrorOnAWorkerShowsOneDialogWithItsMessageAndTheLogPath(FxRobot robot) throws Exception {
        UncaughtHandler handler = UncaughtHandler.withDialogs(dir, i18n);
        Thread worker = Thread.ofPlatform().unstarted(() -> {
            throw new IllegalStateException("the plot lost its axes");
        });
        worker.setUncaughtExceptionHandler(handler);
        worker.start();
        worker.join();
        // The same failure again while the dialog is open: no second dialog on top.
        handler.uncaughtException(worker, new IllegalStateException("the plot lost its axes"));
        WaitForAsyncUtils.waitForFxEvents();
        Path log = dir.resolve(UncaughtHandler.LOG_FILE);
        assertTrue(Files.readString(log).contains("the plot lost its axes"));
        assertEquals(1, robot.lookup("#crash-dialog").queryAll().size());
        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        assertEquals(i18n.text("app.crash.header", "the plot lost its axes"), pane.getHeaderText());
        assertTrue(pane.getHeaderText().contains("예상치 못한 오류"), pane.getHeaderText());
        assertTrue(pane.getContentText().contains(log.toString()), pane.getContentText());
        robot.clickOn(i18n.text("button.ok"));
        assertTrue(robot.lookup("#crash-dialog").tryQuery().isEmpty(), "the dialog closes");
    }
}
