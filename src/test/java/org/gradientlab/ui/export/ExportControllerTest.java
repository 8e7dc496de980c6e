package org.gradientlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.RecordingLab;

/** Issue 17: File → Export offers SVG and PDF beside PNG, and fails on a bad path as PNG does. */
@ExtendWith(ApplicationExtension.class)
class ExportControllerTest {
    @TempDir
    Path dir;
    private ExportController export;
    private final I18n i18n = new I18n(Language.ENGLISH);
    private String suggested;

    @Start
    void start(Stage stage) {
        RecordingLab lab = new RecordingLab("optimizer");
        PathChooser chooser = (owner, initial, name) -> {
            suggested = name;
            return Optional.of(dir.resolve(name));
        };
        export = new ExportController(i18n, () -> lab, () -> stage, chooser, 2, "");
        UiTestKit.show(stage, (Parent) lab.view(), 480, 320);
    }

    @Test
    void choosingSvgInTheDialogWritesAnSvgOfTheFigure(FxRobot robot) throws IOException {
        Platform.runLater(export::exportInteractively);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-format-svg");
        robot.clickOn("Save to file…");
        UiTestKit.waitUntil(10, () -> suggested != null && Files.exists(dir.resolve(suggested)));
        assertEquals("gradient-lab-optimizer.svg", suggested, "no scale in a vector file's name");
        String svg = Files.readString(dir.resolve(suggested), StandardCharsets.UTF_8);
        assertTrue(svg.contains("width=\"" + (int) RecordingLab.FIGURE_WIDTH + "\""), svg);
        assertTrue(svg.contains("fill=\"#3366cc\""), "the figure's blue, as a path: " + svg);
    }

    @Test
    void pdfIsOnePageTheSizeOfTheFigureTitledByTheLab(FxRobot robot) throws IOException {
        Path pdf = dir.resolve("figure.pdf");
        assertTrue(OnFx.call(() -> export.exportTo(pdf, FigureFormat.PDF, 1)));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(RecordingLab.FIGURE_WIDTH, document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(RecordingLab.FIGURE_HEIGHT, document.getPage(0).getMediaBox().getHeight(), 0.01);
            assertEquals(i18n.text("lab.optimizer.title"), document.getDocumentInformation().getTitle());
        }
        assertEquals(dir.toString(), export.lastDirectoryProperty().get());
    }

    @Test
    void aBadPathGivesThePngMessageForSvgAndPdfAndLeavesNothing(FxRobot robot) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        for (FigureFormat format : FigureFormat.values()) {
            Path target = notAFolder.resolve("figure." + format.id());
            boolean written = OnFx.call(() -> export.exportTo(target, format, 2));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(written, format.id());
            DialogPane error = robot.lookup("#export-error").queryAs(DialogPane.class);
            assertEquals("The image could not be saved.", error.getHeaderText());
            assertEquals("File: " + target + "\nThis folder does not exist. Please choose another place.",
                    error.getContentText(), format.id());
            robot.clickOn("OK");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(notAFolder), files.toList(), "no part file, no half file");
        }
    }

    @Test
    void aFolderNamedAsTheFileIsRefusedWithoutRendering(FxRobot robot) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("figure.svg"));
        boolean written = OnFx.call(() -> export.exportTo(folder, FigureFormat.SVG, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(written);
        DialogPane error = robot.lookup("#export-error").queryAs(DialogPane.class);
        assertTrue(error.getContentText().contains("belongs to a folder"), error.getContentText());
        robot.clickOn("OK");
        assertTrue(Files.isDirectory(folder), "the folder is left as it was");
    }
}
