package org.gradientlab.ui.kit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import org.gradientlab.ui.OnFx;

/**
 * Charts tiled by the room they get. A snapshot (the CLI's, a figure export) is taken after one
 * layout pass: the loss and accuracy charts were then laid side by side at the height of the
 * stacked arrangement's minimum and cut off below their x axes, until a later pulse fixed it.
 */
@ExtendWith(ApplicationExtension.class)
class ChartTilesTest {
    private static final double MIN = 100;
    private static final double PREF = 150;

    @Test
    void inARoomTooShortToStackTheChartsSitSideBySideInsideItAfterOneLayoutPass() {
        OnFx.call(() -> {
            Region[] charts = {chart(), chart()};
            ChartTiles tiles = laidOut(charts, 600, 200, 1);

            Bounds first = charts[0].getBoundsInParent();
            Bounds second = charts[1].getBoundsInParent();
            assertEquals(first.getMinY(), second.getMinY(), 0.5, "side by side");
            assertTrue(second.getMinX() >= first.getMaxX(), "the second right of the first");
            for (Region chart : charts) {
                Bounds shown = tiles.localToScene(chart.getBoundsInParent());
                assertTrue(shown.getMaxY() <= 200.5, "a chart ends inside the 200 px room, not at " + shown.getMaxY());
                assertTrue(chart.getHeight() >= MIN, "a chart keeps its minimum height");
            }
            return null;
        });
    }

    @Test
    void tooNarrowForTwoTheyStackAtTheirMinimumAndTheColumnOverflowsToScroll() {
        OnFx.call(() -> {
            Region[] charts = {chart(), chart()};
            ChartTiles tiles = laidOut(charts, 300, 150, 3);
            assertEquals(charts[0].getBoundsInParent().getMinX(), charts[1].getBoundsInParent().getMinX(), 0.5, "stacked");
            for (Region chart : charts) {
                assertTrue(chart.getHeight() >= MIN, "a chart keeps its minimum height: " + chart.getHeight());
            }
            assertEquals(2 * MIN + 4, tiles.minHeight(-1), 0.5, "the stacked minimum, for a scroll pane to honour");
            return null;
        });
    }

    @Test
    void withRoomToStackEachChartGetsItsPreferredHeightInOneColumn() {
        OnFx.call(() -> {
            Region[] charts = {chart(), chart()};
            ChartTiles tiles = new ChartTiles(4, charts);
            StackPane root = new StackPane(new VBox(tiles));
            new Scene(root, 600, 400);
            root.applyCss();
            root.layout();
            assertEquals(charts[0].getBoundsInParent().getMinX(), charts[1].getBoundsInParent().getMinX(), 0.5, "stacked");
            assertEquals(PREF, charts[0].getHeight(), 0.5);
            return null;
        });
    }

    /** {@code charts} tiled in a growing cell of a column filling a {@code width} × {@code height} scene, after {@code passes} layout passes. */
    private static ChartTiles laidOut(Region[] charts, double width, double height, int passes) {
        ChartTiles tiles = new ChartTiles(4, charts);
        VBox column = new VBox(tiles);
        VBox.setVgrow(tiles, Priority.ALWAYS);
        StackPane root = new StackPane(column);
        new Scene(root, width, height);
        for (int pass = 0; pass < passes; pass++) {
            root.applyCss();
            root.layout();
        }
        return tiles;
    }

    private static Region chart() {
        Region chart = new Region();
        chart.setMinSize(200, MIN);
        chart.setPrefSize(250, PREF);
        return chart;
    }
}
