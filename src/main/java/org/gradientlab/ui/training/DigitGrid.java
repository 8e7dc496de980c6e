package org.gradientlab.ui.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.Predictions;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.theme.Fonts;

/**
 * A few test digits drawn from their MNIST pixels, each with the label the network predicts:
 * in the theme's green when right, its vermillion when wrong (a pair colour-blind eyes tell
 * apart), grey before any prediction.
 */
final class DigitGrid {
    static final int COLUMNS = 10;
    static final int ROWS = 2;
    // Series of the theme's palette (-gl-series-4 and -gl-series-1).
    private static final int RIGHT = 3;
    private static final int WRONG = 0;
    private static final int SCALE = 2;
    private static final int CELL = Mnist.SIDE * SCALE;
    private static final int LABEL_HEIGHT = 18;
    private static final int GAP = 6;
    private static final double LABEL_FONT = 13;

    private final Plot canvas = new Plot();
    private Dataset digits;
    // One image per digit: a canvas draws its images at the next pulse, so reusing one image for
    // every cell would show the last digit twenty times.
    private WritableImage[] images = new WritableImage[0];
    private int[] predicted = new int[0];
    // The newest predictions of every series, so switching series shows its labels at once.
    private final Map<Integer, Predictions> newest = new HashMap<>();
    private int series;

    DigitGrid() {
        canvas.getStyleClass().add("digit-grid");
        canvas.setId("digit-grid");
        canvas.setVisible(false);
        canvas.setManaged(false);
    }

    Node view() {
        return canvas;
    }

    /** The colour of a right prediction's label, as the theme gives it. */
    Color rightColour() {
        return canvas.seriesColour(RIGHT);
    }

    Color wrongColour() {
        return canvas.seriesColour(WRONG);
    }

    /** Shows the first {@code COLUMNS·ROWS} examples of {@code sample}, not yet predicted. */
    void setDigits(Dataset sample) {
        digits = sample;
        predicted = new int[0];
        images = new WritableImage[shown()];
        for (int i = 0; i < images.length; i++) {
            images[i] = image(sample, i);
        }
        canvas.setVisible(sample != null);
        canvas.setManaged(sample != null);
        draw();
    }

    /** Labels the digits with {@code labels} (one per digit shown). */
    void setPredictions(int[] labels) {
        predicted = labels.clone();
        draw();
    }

    /** Keeps the newest predictions of every series in a frame's batch and shows the selected series'. */
    void show(List<Predictions> batch) {
        for (Predictions p : batch) {
            newest.put(p.seriesIndex(), p);
        }
        showSelected();
    }

    /** Shows the predictions of series {@code index} (its newest, or none yet). */
    void select(int index) {
        series = index;
        showSelected();
    }

    int selected() {
        return series;
    }

    /** Forgets every series' predictions and hides the grid: a new run begins. */
    void clear() {
        newest.clear();
        setDigits(null);
    }

    private void showSelected() {
        Predictions p = newest.get(series);
        if (p == null) {
            setPredictions(new int[0]);
            return;
        }
        if (digits != p.sample()) {
            setDigits(p.sample());
        }
        setPredictions(p.labels());
    }

    Dataset digits() {
        return digits;
    }

    /** Number of digits labelled so far (0 before the first predictions). */
    int labelled() {
        return Math.min(predicted.length, shown());
    }

    int shown() {
        return digits == null ? 0 : Math.min(digits.count(), COLUMNS * ROWS);
    }

    /** Number of digits predicted right, for tests and captions. */
    int right() {
        int right = 0;
        for (int i = 0; i < Math.min(predicted.length, shown()); i++) {
            right += predicted[i] == digits.label(i) ? 1 : 0;
        }
        return right;
    }

    private static WritableImage image(Dataset sample, int index) {
        WritableImage image = new WritableImage(Mnist.SIDE, Mnist.SIDE);
        PixelWriter pixels = image.getPixelWriter();
        float[] values = sample.images();
        int offset = index * sample.features();
        for (int p = 0; p < Mnist.PIXELS; p++) {
            // White digits on black, as MNIST is usually shown; pixels are in [0, 1].
            pixels.setColor(p % Mnist.SIDE, p / Mnist.SIDE, Color.gray(values[offset + p]));
        }
        return image;
    }

    private void draw() {
        canvas.invalidateAll();
    }

    /** The grid's figure: fixed in size, as the digits are drawn pixel for pixel at twice their size. */
    private final class Plot extends PlotCanvas {
        Plot() {
            super(1);
            double width = COLUMNS * (CELL + GAP);
            double height = ROWS * (CELL + LABEL_HEIGHT + GAP);
            setMinSize(width, height);
            setPrefSize(width, height);
            setMaxSize(width, height);
        }

        @Override
        protected void paintLayer(int layer, Painter p, double width, double height) {
            if (digits == null) {
                return;
            }
            // A fixed size, as the cells are: a larger plot font would not fit under the digits.
            p.setFont(Font.font(Fonts.FAMILY, LABEL_FONT));
            p.setTextAlign(TextAlignment.CENTER);
            p.setTextBaseline(VPos.BASELINE);
            p.setImageSmoothing(false);
            for (int i = 0; i < shown(); i++) {
                double x = (i % COLUMNS) * (CELL + GAP);
                double y = (i / COLUMNS) * (CELL + LABEL_HEIGHT + GAP);
                p.drawImage(images[i], x, y, CELL, CELL);
                boolean labelled = i < predicted.length;
                p.setFill(!labelled ? lineColour() : predicted[i] == digits.label(i) ? rightColour() : wrongColour());
                p.fillText(labelled ? String.valueOf(predicted[i]) : "?", x + CELL / 2.0, y + CELL + LABEL_HEIGHT - 4);
            }
        }
    }
}
