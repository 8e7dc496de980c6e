package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.text.ScreenTexts;

/** The optimizer lab's exports: sharp images, CSV paths, the looping GIF, and failures named in the current language. */
class OptimizerLabExportTest extends OptimizerLabUi {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void exportPaintsThePlotsAtThreeTimesTheirPixels(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        assertEquals(1, plot.paintedScale(), "on screen the toolkit covers HiDPI itself");
        double[] result = OnFx.call(() -> {
            Node figure = lab.exportNode();
            WritableImage image = ImageExport.snapshot(figure, 2);
            return new double[] {plot.paintedScale(), image.getWidth(), figure.getLayoutBounds().getWidth()};
        });
        assertEquals(3, result[0]);
        assertEquals(2 * result[2], result[1], 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, plot.paintedScale(), "back to screen resolution after the export");
    }

    @Test
    void exportsPathsAsCsvAndThePlayThroughAsALoopingGif(FxRobot robot) throws Exception {
        Path csv = dir.resolve("paths.csv");
        assertTrue(OnFx.call(() -> lab.lazyView().writeCsv(csv)));
        assertEquals(1 + 6 * 31, Files.readAllLines(csv).size());

        robot.interact(() -> model.seek(12));
        Path gif = dir.resolve("play.gif");
        CompletableFuture<Exception> done = new CompletableFuture<>();
        robot.interact(() -> lab.lazyView().writeGif(gif, done::complete));
        assertNull(done.get(30, TimeUnit.SECONDS));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(31, reader.getNumImages(true), "one frame per step 0..30");
            Node figure = OnFx.call(lab::exportNode);
            assertEquals(Math.round(figure.getLayoutBounds().getWidth()), reader.getWidth(0), 1);
        } finally {
            reader.dispose();
        }
        assertEquals(12, model.currentStep(), "the playback is put back");
        assertTrue(text(robot, "#optimizer-export-status").contains("play.gif"));
    }

    /**
     * A CSV or GIF that cannot be written: the status line names the user's path and the reason
     * in Korean, and in English after the switch; nothing is left in the folder. (The tests run
     * as root, so a read-only folder would be written anyway: a missing folder and a folder in
     * the file's place make the writes fail for real instead.)
     */
    @Test
    void aFailedExportNamesThePathAndTheReasonInTheCurrentLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        Path missing = dir.resolve("no-such-folder").resolve("paths.csv");
        assertFalse(OnFx.call(() -> lab.lazyView().writeCsv(missing)));
        String korean = text(robot, "#optimizer-export-status");
        assertTrue(korean.contains(missing.toString()) && korean.contains("저장하지 못했습니다")
                && korean.contains("폴더가 없습니다"), korean);
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        String english = text(robot, "#optimizer-export-status");
        assertTrue(english.contains(missing.toString()) && english.contains("This folder does not exist"), english);
        assertFalse(ScreenTexts.hasHangul(english), english);

        Path folder = Files.createDirectories(dir.resolve("taken.gif"));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        CompletableFuture<Exception> done = new CompletableFuture<>();
        robot.interact(() -> lab.lazyView().writeGif(folder, done::complete));
        assertTrue(done.get(30, TimeUnit.SECONDS) != null, "a folder is not replaced by the GIF");
        WaitForAsyncUtils.waitForFxEvents();
        String gif = text(robot, "#optimizer-export-status");
        assertTrue(gif.contains(folder.toString()) && gif.contains("폴더나 장치입니다"), gif);
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertTrue(text(robot, "#optimizer-export-status").contains("belongs to a folder or a device"));
        assertTrue(Files.isDirectory(folder));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(folder), left.toList(), "no temporary file is left");
        }
    }

    @Test
    void aGifIntoAMissingFolderSaysWhereAndWhyAndPutsThePlaybackBack(FxRobot robot) throws Exception {
        robot.interact(() -> model.seek(7));
        Path gif = dir.resolve("gone").resolve("play.gif");
        CompletableFuture<Exception> done = new CompletableFuture<>();
        robot.interact(() -> lab.lazyView().writeGif(gif, done::complete));
        Exception failure = done.get(30, TimeUnit.SECONDS);
        assertEquals("cannot write " + gif + ": no such folder", failure.getMessage());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, model.currentStep(), "the playback is put back");
        // The status line words the failure in the UI language (WriteFailureText): the path and why.
        String status = text(robot, "#optimizer-export-status");
        assertTrue(status.contains(gif.toString()) && status.contains("This folder does not exist"), status);
        assertFalse(Files.exists(dir.resolve("gone")), "nothing is written");
    }
}
