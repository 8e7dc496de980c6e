package org.gradientlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImageExportTest {
    @TempDir
    Path dir;
    private Region figure;

    @Start
    void start(Stage stage) {
        figure = new Region();
        figure.setMinSize(210, 130);
        figure.setMaxSize(210, 130);
        figure.setStyle("-fx-background-color: #ff0000;");
        UiTestKit.show(stage, new StackPane(figure), 400, 300);
    }

    @Test
    void pngAtScaleTwoHasTwiceTheNodeSize(FxRobot robot) throws IOException {
        WritableImage image = OnFx.call(() -> ImageExport.snapshot(figure, 2));
        Path png = dir.resolve("figure.png");
        ImageExport.writePng(image, png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(420, read.getWidth());
        assertEquals(260, read.getHeight());
        assertEquals(0xffff0000, read.getRGB(210, 130), "the pixels are the node's, not blank");
    }

    @Test
    void failedWriteLeavesNoFileBehind(FxRobot robot) throws IOException {
        WritableImage image = OnFx.call(() -> ImageExport.snapshot(figure, 1));
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThrows(IOException.class, () -> ImageExport.writePng(image, notAFolder.resolve("figure.png")));
        try (var files = Files.list(dir)) {
            assertArrayEquals(new Object[] {notAFolder}, files.toArray());
        }
    }

    @Test
    void overwritingKeepsTheNewImageWhole(FxRobot robot) throws IOException {
        Path png = dir.resolve("figure.png");
        Files.writeString(png, "old contents");
        ImageExport.writePng(OnFx.call(() -> ImageExport.snapshot(figure, 1)), png);
        assertEquals(210, ImageIO.read(png.toFile()).getWidth());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary part file is left");
        }
    }

    @Test
    void rejectsScaleOutsideOneToFour() {
        assertThrows(IllegalArgumentException.class, () -> ImageExport.snapshot(figure, 5));
        assertThrows(IllegalArgumentException.class, () -> ImageExport.snapshot(figure, 0.5));
    }
}
