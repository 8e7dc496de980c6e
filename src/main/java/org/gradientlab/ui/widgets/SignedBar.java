package org.gradientlab.ui.widgets;

import javafx.scene.layout.Region;

/**
 * A small horizontal bar for one number: from the middle to the right when positive, to the
 * left when negative, its length the value's share of a scale. Style classes "signed-bar",
 * "signed-bar-fill" and, on the fill, "negative" for values below zero.
 */
public final class SignedBar extends Region {
    private final Region fill = new Region();
    private double share;

    public SignedBar() {
        getStyleClass().add("signed-bar");
        fill.getStyleClass().add("signed-bar-fill");
        getChildren().add(fill);
        setMinWidth(40);
        setPrefSize(80, 10);
        setMaxHeight(12);
    }

    /** Shows {@code value} against {@code scale} (the largest magnitude the bar must fit); NaN or 0 scale shows nothing. */
    public void show(double value, double scale) {
        double next = scale > 0 && Double.isFinite(value) ? Math.max(-1, Math.min(1, value / scale)) : 0;
        fill.getStyleClass().remove("negative");
        if (next < 0) {
            fill.getStyleClass().add("negative");
        }
        if (next != share) {
            share = next;
            requestLayout();
        }
    }

    /** The value's share of the scale, −1 to 1. */
    public double share() {
        return share;
    }

    @Override
    protected void layoutChildren() {
        double half = getWidth() / 2;
        double length = Math.abs(share) * half;
        double x = share >= 0 ? half : half - length;
        fill.resizeRelocate(snapPositionX(x), 0, snapSizeX(Math.max(share == 0 ? 0 : 1, length)), getHeight());
    }
}
