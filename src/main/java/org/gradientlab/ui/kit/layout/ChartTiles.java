package org.gradientlab.ui.kit.layout;

import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Charts that go side by side when stacking them would make them too short (issue 15.2). They
 * stack in one column while each gets its preferred height; once they would get less (large
 * text, presentation mode, something under them) and the width still gives every column a
 * chart's preferred width, they take more columns: two charts side by side, three as two and one.
 * Each chart's minimum height holds in any case: below that the figure scrolls (FigureScroll).
 * The sizes come from the charts, best in em in the lab's sheet, so they follow the text size.
 */
public final class ChartTiles extends Pane {
    private final double gap;
    /** The width the last reported minimum height assumed; NaN before the first layout. */
    private double measuredWidth = Double.NaN;

    public ChartTiles(double gap, Node... charts) {
        this.gap = gap;
        getStyleClass().add("chart-tiles");
        getChildren().addAll(charts);
    }

    /** How many columns the charts take in {@code width} × {@code height}. */
    public int columns(double width, double height) {
        List<Node> charts = getManagedChildren();
        int n = charts.size();
        int columns = 1;
        while (columns < widest(width)) {
            int rows = rows(n, columns);
            double tall = (height - (rows - 1) * gap) / rows;
            if (tall >= largest(charts, true, false)) {
                break;
            }
            columns++;
        }
        return columns;
    }

    /** The most columns {@code width} gives every chart its preferred width in; all of them when the width is not known yet. */
    private int widest(double width) {
        List<Node> charts = getManagedChildren();
        int n = charts.size();
        if (!(width > 0)) {
            return Math.max(1, n);
        }
        double wide = largest(charts, false, false);
        int columns = 1;
        while (columns < n && (width - columns * gap) / (columns + 1) >= wide) {
            columns++;
        }
        return columns;
    }

    @Override
    protected void layoutChildren() {
        List<Node> charts = getManagedChildren();
        if (charts.isEmpty()) {
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        if (widest(width) != widest(measuredWidth)) {
            // The minimum height was reported for another width (the first layout, a resize):
            // the parent asks again. Within one width the sizes do not depend on the last layout,
            // so a snapshot taken after one layout pass shows the arrangement the window settles on.
            measuredWidth = width;
            Platform.runLater(this::requestLayout);
        }
        int columns = columns(width, height);
        int rows = rows(charts.size(), columns);
        double wide = (width - (columns - 1) * gap) / columns;
        double tall = (height - (rows - 1) * gap) / rows;
        for (int i = 0; i < charts.size(); i++) {
            int row = i / columns;
            int column = i % columns;
            charts.get(i).resizeRelocate(snapPositionX(left + column * (wide + gap)),
                    snapPositionY(top + row * (tall + gap)), snapSizeX(wide), snapSizeY(tall));
        }
    }

    /** As many columns as the width allows, each row as high as the highest chart's minimum. */
    @Override
    protected double computeMinHeight(double width) {
        double inner = width > 0 ? width - snappedLeftInset() - snappedRightInset() : measuredWidth;
        return rowsHigh(rows(getManagedChildren().size(), widest(inner)), true);
    }

    /** Stacked, each chart at its preferred height. */
    @Override
    protected double computePrefHeight(double width) {
        return rowsHigh(getManagedChildren().size(), false);
    }

    private double rowsHigh(int rows, boolean min) {
        rows = Math.max(1, rows);
        return snappedTopInset() + snappedBottomInset() + rows * largest(getManagedChildren(), true, min)
                + (rows - 1) * gap;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + largest(getManagedChildren(), false, true);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + largest(getManagedChildren(), false, false);
    }

    private static int rows(int charts, int columns) {
        return Math.max(1, (charts + columns - 1) / columns);
    }

    private static double largest(List<Node> charts, boolean height, boolean min) {
        double most = 0;
        for (Node chart : charts) {
            double size = height ? (min ? chart.minHeight(-1) : chart.prefHeight(-1))
                    : (min ? chart.minWidth(-1) : chart.prefWidth(-1));
            most = Math.max(most, size);
        }
        return most;
    }
}
