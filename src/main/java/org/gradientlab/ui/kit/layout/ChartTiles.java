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
    private int laidOut = 1;

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
        while (columns < n) {
            int rows = rows(n, columns);
            double tall = (height - (rows - 1) * gap) / rows;
            double nextWide = (width - columns * gap) / (columns + 1);
            if (tall >= largest(charts, true, false) || nextWide < largest(charts, false, false)) {
                break;
            }
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
        int columns = columns(width, height);
        if (columns != laidOut) {
            // The minimum and preferred heights follow the arrangement: the parent asks again.
            laidOut = columns;
            Platform.runLater(this::requestLayout);
        }
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

    @Override
    protected double computeMinHeight(double width) {
        return rowsHigh(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return rowsHigh(false);
    }

    /** The rows of the arrangement last laid out, each as high as the highest chart's minimum or preferred height. */
    private double rowsHigh(boolean min) {
        List<Node> charts = getManagedChildren();
        int rows = rows(charts.size(), laidOut);
        return snappedTopInset() + snappedBottomInset() + rows * largest(charts, true, min) + Math.max(0, rows - 1) * gap;
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
