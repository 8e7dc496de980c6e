package org.gradientlab.ui.concepts.conv;

import java.util.function.IntConsumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.concepts.conv.ConvDemo;
import org.gradientlab.core.concepts.conv.DemoPlan;
import org.gradientlab.core.concepts.conv.Window;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;

/**
 * The worked example side by side: the input with its zero padding shaded and the current
 * window outlined, the filter and bias (convolution only), and the output with the cells written
 * so far and the one being written. Hatched input cells are reached by no whole window.
 */
final class ConvGrid extends PlotCanvas {
    private static final double GAP = 1.3;
    /** The largest cell, and the smallest the figure scrolls for rather than shrink it, per pixel of the plot font. */
    private static final double MAX_CELL = 46 / 12.0;
    private static final double MIN_CELL = 2;

    private final StringProperty inputTitle = new SimpleStringProperty(this, "inputTitle", "");
    private final StringProperty paddedInputTitle = new SimpleStringProperty(this, "paddedInputTitle", "");
    private final StringProperty filterTitle = new SimpleStringProperty(this, "filterTitle", "");
    private final StringProperty outputTitle = new SimpleStringProperty(this, "outputTitle", "");
    private ConvDemo demo;
    private int step;
    private Window paintedWindow;
    private double outputLeft;
    private double outputTop;
    private double cellSize;
    private IntConsumer onPick = step -> { };
    private int[] paintedCell;

    ConvGrid() {
        super(1);
        getStyleClass().add("conv-grid");
        // The height grows with the text (computeMinHeight): in presentation mode the digits must
        // read from the back row, so the figure scrolls before the cells shrink below two lines of text.
        setMinWidth(320);
        setPrefSize(760, 360);
        setOnMouseClicked(e -> {
            int picked = cellIndexAt(e.getX(), e.getY());
            if (picked >= 0) {
                onPick.accept(picked);
            }
        });
        for (StringProperty title : new StringProperty[] {inputTitle, paddedInputTitle, filterTitle, outputTitle}) {
            title.addListener((o, was, is) -> invalidateAll());
        }
    }

    StringProperty inputTitleProperty() {
        return inputTitle;
    }

    /** The input's title when it has a padding ring to explain. */
    StringProperty paddedInputTitleProperty() {
        return paddedInputTitle;
    }

    StringProperty filterTitleProperty() {
        return filterTitle;
    }

    StringProperty outputTitleProperty() {
        return outputTitle;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (demo == null) {
            return 200;
        }
        return snappedTopInset() + snappedBottomInset() + titleHeight() + rows(demo) * MIN_CELL * plotFont().getSize() + 8;
    }

    private double titleHeight() {
        return plotFont().getSize() * 2.2;
    }

    /** The rows the tallest panel (input with its padding, filter, output) takes. */
    private static int rows(ConvDemo demo) {
        DemoPlan plan = demo.plan();
        int filter = plan.pooling() ? 0 : plan.filter();
        return Math.max(plan.height() + 2 * plan.padding(), Math.max(filter, demo.outputHeight()));
    }

    void show(ConvDemo next, int nextStep) {
        if (demo == null || next == null || rows(demo) != rows(next)) {
            requestLayout();  // the minimum height follows the rows
        }
        demo = next;
        step = nextStep;
        invalidateAll();
    }

    /** Who hears of a click on an output cell: its index in reading order. */
    void setOnPick(IntConsumer next) {
        onPick = next;
    }

    /** The output cell under (x, y) in this node's coordinates, in reading order; −1 off the output. */
    int cellIndexAt(double x, double y) {
        if (demo == null || cellSize <= 0) {
            return -1;
        }
        int col = (int) Math.floor((x - outputLeft) / cellSize);
        int row = (int) Math.floor((y - outputTop) / cellSize);
        if (x < outputLeft || y < outputTop || col >= demo.outputWidth() || row >= demo.outputHeight()) {
            return -1;
        }
        return row * demo.outputWidth() + col;
    }

    /** The centre of output cell (row, col) in this node's coordinates, as last painted. */
    double[] cellCentre(int row, int col) {
        return new double[] {outputLeft + (col + 0.5) * cellSize, outputTop + (row + 0.5) * cellSize};
    }

    /** The input window outlined in the last paint, in input coordinates. */
    Window paintedWindow() {
        return paintedWindow;
    }

    /** {row, col} of the output cell highlighted in the last paint. */
    int[] paintedCell() {
        return paintedCell == null ? null : paintedCell.clone();
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        if (demo == null) {
            return;
        }
        DemoPlan plan = demo.plan();
        int p = plan.padding();
        int inCols = plan.width() + 2 * p;
        int inRows = plan.height() + 2 * p;
        int f = plan.pooling() ? 0 : plan.filter();
        int outCols = demo.outputWidth();
        double title = titleHeight();
        double columns = inCols + outCols + GAP + (f > 0 ? f + GAP : 0);
        int rows = rows(demo);
        double cell = Math.min(MAX_CELL * plotFont().getSize(), Math.min((width - 16) / columns, (height - title - 8) / rows));
        double x = (width - columns * cell) / 2;
        double y = title;
        int[] current = demo.cellAt(step);
        Window window = demo.window(current[0], current[1]);
        Color accent = seriesColour(0);

        drawTitle(gc, p > 0 ? paddedInputTitle.get() : inputTitle.get(), x, inCols * cell);
        drawInput(gc, x, y, cell, window, accent);
        x += (inCols + GAP) * cell;
        // Between the panels, what happens to the window: times the filter, then into the output.
        double middle = y + Math.min(inRows, Math.max(f, demo.outputHeight())) * cell / 2;
        if (f > 0) {
            operator(gc, "×", x - GAP * cell / 2, middle);
            drawTitle(gc, filterTitle.get(), x, f * cell);
            drawFilter(gc, x, y, cell, accent);
            x += (f + GAP) * cell;
            operator(gc, "→", x - GAP * cell / 2, middle);
        } else {
            operator(gc, "max", x - GAP * cell / 2, middle - lineHeight(operatorFont()) / 2);
            operator(gc, "→", x - GAP * cell / 2, middle + lineHeight(operatorFont()) / 2);
        }
        drawTitle(gc, outputTitle.get(), x, outCols * cell);
        drawOutput(gc, x, y, cell, current, accent);
        outputLeft = x;
        outputTop = y;
        cellSize = cell;
        paintedWindow = window;
        paintedCell = current;
    }

    /** A panel's title over it; a title wider than the room left it is set smaller to fit. */
    private void drawTitle(Painter gc, String text, double x, double w) {
        Font font = plotFont(FontWeight.BOLD, 1);
        double room = Math.max(w + 40, 160);
        double wide = Painter.textWidth(text, font);
        gc.setFont(wide <= room ? font : plotFont(FontWeight.BOLD, room / wide));
        gc.setFill(textColour());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x + w / 2, plotFont().getSize() * 1.1);
    }

    private void drawInput(Painter gc, double x0, double y0, double cell, Window window, Color accent) {
        int p = demo.plan().padding();
        for (int r = -p; r < demo.plan().height() + p; r++) {
            for (int c = -p; c < demo.plan().width() + p; c++) {
                double x = x0 + (c + p) * cell;
                double y = y0 + (r + p) * cell;
                boolean padding = demo.isPadding(r, c);
                gc.setFill(padding ? fillLowColour() : backgroundColour());
                gc.fillRect(x, y, cell, cell);
                if (!demo.covered(r, c)) {
                    hatch(gc, x, y, cell);
                }
                if (window.contains(r, c)) {
                    gc.setFill(accent.deriveColor(0, 1, 1, 0.22));
                    gc.fillRect(x, y, cell, cell);
                }
                gc.setStroke(cellBorder());
                gc.setLineWidth(1);
                gc.strokeRect(x, y, cell, cell);
                value(gc, demo.input(r, c), x, y, cell, padding ? 0.5 : 1);
            }
        }
        gc.setStroke(accent);
        gc.setLineWidth(Math.max(2, cell / 14));
        gc.strokeRect(x0 + (window.left() + p) * cell, y0 + (window.top() + p) * cell, window.size() * cell,
                window.size() * cell);
    }

    private void drawFilter(Painter gc, double x0, double y0, double cell, Color accent) {
        int f = demo.plan().filter();
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < f; b++) {
                double x = x0 + b * cell;
                double y = y0 + a * cell;
                gc.setFill(accent.deriveColor(0, 1, 1, 0.12));
                gc.fillRect(x, y, cell, cell);
                gc.setStroke(cellBorder());
                gc.setLineWidth(1);
                gc.strokeRect(x, y, cell, cell);
                value(gc, demo.weight(a, b), x, y, cell, 1);
            }
        }
        gc.setStroke(accent);
        gc.setLineWidth(Math.max(2, cell / 14));
        gc.strokeRect(x0, y0, f * cell, f * cell);
    }

    private void drawOutput(Painter gc, double x0, double y0, double cell, int[] current, Color accent) {
        for (int i = 0; i < demo.outputHeight(); i++) {
            for (int j = 0; j < demo.outputWidth(); j++) {
                double x = x0 + j * cell;
                double y = y0 + i * cell;
                int index = i * demo.outputWidth() + j;
                boolean now = i == current[0] && j == current[1];
                gc.setFill(now ? accent.deriveColor(0, 1, 1, 0.3)
                        : index < step ? accent.deriveColor(0, 1, 1, 0.1) : backgroundColour());
                gc.fillRect(x, y, cell, cell);
                gc.setStroke(cellBorder());
                gc.setLineWidth(1);
                gc.strokeRect(x, y, cell, cell);
                if (index <= step) {
                    value(gc, demo.output(i, j), x, y, cell, 1);
                }
            }
        }
        gc.setStroke(accent);
        gc.setLineWidth(Math.max(2, cell / 14));
        gc.strokeRect(x0 + current[1] * cell, y0 + current[0] * cell, cell, cell);
    }

    /** One line of an operator between the panels, centred on (x, y). */
    private void operator(Painter gc, String text, double x, double y) {
        gc.setFont(operatorFont());
        gc.setFill(textColour().deriveColor(0, 1, 1, 0.75));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    private Font operatorFont() {
        return plotFont(FontWeight.BOLD, 1.3);
    }

    /** The distance between baselines of two lines in {@code font}, as a Text node sets them. */
    private static double lineHeight(Font font) {
        Text probe = new Text("X");
        probe.setFont(font);
        double one = probe.getLayoutBounds().getHeight();
        probe.setText("X\nX");
        return probe.getLayoutBounds().getHeight() - one;
    }

    private Color cellBorder() {
        return lineColour().deriveColor(0, 1, 1, 0.7);
    }

    private void value(Painter gc, int v, double x, double y, double cell, double opacity) {
        gc.setFont(plotFont(FontWeight.NORMAL, Math.min(1.2, cell / 30)));
        gc.setFill(textColour().deriveColor(0, 1, 1, opacity));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(v < 0 ? "−" + (-v) : Integer.toString(v), x + cell / 2, y + cell / 2);
    }

    private void hatch(Painter gc, double x, double y, double cell) {
        gc.setStroke(lineColour().deriveColor(0, 1, 1, 0.6));
        gc.setLineWidth(1);
        for (double t = cell / 4; t < 2 * cell; t += cell / 4) {
            double x1 = x + Math.max(0, t - cell);
            double y1 = y + Math.min(cell, t);
            double x2 = x + Math.min(cell, t);
            double y2 = y + Math.max(0, t - cell);
            gc.strokeLine(x1, y1, x2, y2);
        }
    }
}
