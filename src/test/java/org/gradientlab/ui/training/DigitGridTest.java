package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.Predictions;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;

@ExtendWith(ApplicationExtension.class)
class DigitGridTest {
    private final DigitGrid grid = new DigitGrid();

    @Start
    void start(Stage stage) {
        UiTestKit.show(stage, new StackPane(grid.view()), 700, 200);
    }

    /** 20 "digits": a bright square whose size follows the label, labels 0–9 twice. */
    private static Dataset digits() {
        int n = DigitGrid.COLUMNS * DigitGrid.ROWS;
        float[] pixels = new float[n * Mnist.PIXELS];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            for (int r = 4; r < 8 + labels[i]; r++) {
                for (int c = 4; c < 24; c++) {
                    pixels[i * Mnist.PIXELS + r * Mnist.SIDE + c] = 1f;
                }
            }
        }
        return new Dataset(pixels, labels, n, Mnist.PIXELS);
    }

    private static boolean hasColour(PixelReader pixels, int x0, int y0, int w, int h, Color colour) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.1 && Math.abs(c.getGreen() - colour.getGreen()) < 0.1
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.1) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void labelsRightPredictionsGreenAndWrongOnesRed() {
        int[] predicted = new int[20];
        for (int i = 0; i < 20; i++) {
            predicted[i] = i % 10;
        }
        predicted[1] = 7;
        predicted[12] = 3;
        WritableImage image = OnFx.call(() -> {
            grid.setDigits(digits());
            grid.setPredictions(predicted);
            return grid.view().snapshot(null, null);
        });
        assertEquals(18, grid.right());
        PixelReader pixels = image.getPixelReader();
        int cell = Mnist.SIDE * 2 + 6;
        int labelTop = Mnist.SIDE * 2;
        assertTrue(hasColour(pixels, 0, labelTop, cell, 18, grid.rightColour()), "digit 0 is right");
        assertTrue(hasColour(pixels, cell, labelTop, cell, 18, grid.wrongColour()), "digit 1 is wrong");
        assertTrue(!hasColour(pixels, cell, labelTop, cell, 18, grid.rightColour()), "no green under digit 1");
        assertEquals(Color.WHITE, pixels.getColor(2 * 6 * 2, 2 * 5), "the digit's pixels are drawn");
        // Each cell shows its own digit: row 14 is lit for label 9 (rows 4–16), dark for label 0 (rows 4–7).
        assertEquals(Color.BLACK, pixels.getColor(2 * 10, 2 * 14), "digit 0 ends at row 7");
        assertEquals(Color.WHITE, pixels.getColor(9 * cell + 2 * 10, 2 * 14), "digit 9 reaches row 16");
    }

    @Test
    void showsTheSelectedSeriesNewestPredictions() {
        Dataset sample = digits();
        int[] allRight = sample.labels();
        int[] allZero = new int[allRight.length];
        int[] firstWrong = allRight.clone();
        firstWrong[3] = 9;
        OnFx.call(() -> {
            grid.clear();
            grid.show(List.of(new Predictions("sgd", 0, 1, 0, sample, allZero),
                    new Predictions("adam", 1, 1, 0, sample, firstWrong),
                    new Predictions("adam", 1, 2, 1, sample, allRight)));
            return null;
        });
        assertEquals(2, grid.right(), "series 0 is shown first: zeros are right for the two 0 digits");
        OnFx.call(() -> {
            grid.select(1);
            return null;
        });
        assertEquals(20, grid.right(), "series 1's newest predictions, not its older ones");
        OnFx.call(() -> {
            grid.select(2);
            return null;
        });
        assertEquals(0, grid.labelled(), "a series with no predictions yet shows none");
        assertTrue(grid.view().isVisible(), "its digits stay on show");
    }
}
