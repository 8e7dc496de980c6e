package org.gradientlab.ui.init;

import java.util.function.DoubleConsumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;

import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.DisplayNames;

/**
 * The free weight std on a log scale from {@link InitSettings#MIN_STD} to {@link InitSettings#MAX_STD},
 * with Xavier's 1/√n and He's √(2/n) marked under the track where the thumb would sit for them
 * (n = nodes per layer, so the marks move when n does).
 */
final class StdSlider extends Region {
    private static final double MARK = 5;

    private final Slider slider = new Slider(Math.log10(InitSettings.MIN_STD), Math.log10(InitSettings.MAX_STD), 0);
    private final Polygon xavierMark = mark();
    private final Polygon heMark = mark();
    private final Label xavierLabel = new Label();
    private final Label heLabel = new Label();
    private double xavierStd = 0.1;
    private double heStd = Math.sqrt(0.02);
    private boolean programmatic;

    StdSlider(I18n i18n) {
        getStyleClass().add("std-slider");
        slider.setId("init-std-slider");
        slider.setBlockIncrement(0.05);
        xavierLabel.textProperty().bind(i18n.label(DisplayNames.of(WeightInit.XAVIER).key()));
        heLabel.textProperty().bind(i18n.label(DisplayNames.of(WeightInit.HE).key()));
        xavierLabel.getStyleClass().add("std-mark-label");
        heLabel.getStyleClass().add("std-mark-label");
        getChildren().addAll(slider, xavierMark, heMark, xavierLabel, heLabel);
    }

    private static Polygon mark() {
        Polygon p = new Polygon(0, 0, -MARK / 2 - 1, MARK, MARK / 2 + 1, MARK);
        p.getStyleClass().add("std-mark");
        return p;
    }

    Slider slider() {
        return slider;
    }

    /** Calls {@code listener} with the std whenever the user moves the thumb. */
    void onUserChange(DoubleConsumer listener) {
        slider.valueProperty().addListener((o, a, b) -> {
            if (!programmatic) {
                listener.accept(InitSettings.clampStd(Math.pow(10, b.doubleValue())));
            }
        });
    }

    /** Moves the thumb to {@code std} without reporting it as the user's. */
    void setStd(double std) {
        programmatic = true;
        try {
            slider.setValue(Math.log10(InitSettings.clampStd(std)));
        } finally {
            programmatic = false;
        }
    }

    /** Marks for a layer of {@code nodes} inputs. */
    void setMarks(double xavier, double he) {
        xavierStd = xavier;
        heStd = he;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double sliderH = slider.prefHeight(w);
        slider.resizeRelocate(0, 0, w, sliderH);
        // SliderSkin puts the thumb's centre at left inset + thumb/2 + fraction·(width − insets − thumb).
        Node thumb = slider.lookup(".thumb");
        double thumbW = thumb == null ? 12 : thumb.prefWidth(-1);
        double start = slider.snappedLeftInset() + thumbW / 2;
        double length = w - slider.snappedLeftInset() - slider.snappedRightInset() - thumbW;
        double y = sliderH;
        double xX = start + length * fraction(xavierStd);
        double xHe = start + length * fraction(heStd);
        xavierMark.relocate(xX - MARK / 2 - 1, y);
        heMark.relocate(xHe - MARK / 2 - 1, y);
        // Xavier and He lie close (√2 apart): Xavier's name ends at its mark, He's starts at its own.
        double lw = xavierLabel.prefWidth(-1);
        double lh = xavierLabel.prefHeight(-1);
        xavierLabel.resizeRelocate(Math.max(0, xX - lw), y + MARK, lw, lh);
        double hw = heLabel.prefWidth(-1);
        heLabel.resizeRelocate(Math.min(w - hw, xHe), y + MARK, hw, heLabel.prefHeight(-1));
    }

    private double fraction(double std) {
        double v = Math.log10(InitSettings.clampStd(std));
        return (v - slider.getMin()) / (slider.getMax() - slider.getMin());
    }

    @Override
    protected double computePrefHeight(double width) {
        return slider.prefHeight(width) + MARK + xavierLabel.prefHeight(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }
}
