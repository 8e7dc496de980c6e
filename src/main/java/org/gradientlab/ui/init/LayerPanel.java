package org.gradientlab.ui.init;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.core.experiment.probe.HistogramBars;
import org.gradientlab.core.experiment.probe.LayerHealth;
import org.gradientlab.core.experiment.probe.LayerStatistics;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.kit.text.Message;

/**
 * One layer: its histogram and, under it, what a teacher points at: mean, std, the share
 * saturated (sigmoid, tanh, ELU) or dead (ReLU family), and the health cue with its reason.
 * For a gradient row only the std and the cue. Node ids: {@code <prefix>-histogram-<layer>},
 * {@code <prefix>-std-<layer>}, {@code <prefix>-share-<layer>}, {@code <prefix>-health-<layer>}.
 */
final class LayerPanel extends VBox {
    private final I18n i18n;
    private final boolean gradient;
    private final Label title = new Label();
    private final HistogramCanvas histogram = new HistogramCanvas();
    private final Label mean = new Label();
    private final Label std = new Label();
    private final Label share = new Label();
    private final Region dot = new Region();
    private final Label cue = new Label();
    private final Label reason = new Label();
    private LayerStatistics stats;
    private LayerHealth health;
    private Activation activation;

    LayerPanel(I18n i18n, boolean gradient, String prefix, int layer) {
        this.i18n = i18n;
        this.gradient = gradient;
        getStyleClass().addAll("layer-panel", gradient ? "gradient" : "activation");
        title.getStyleClass().add("layer-title");
        histogram.setId(prefix + "-histogram-" + layer);
        std.setId(prefix + "-std-" + layer);
        share.setId(prefix + "-share-" + layer);
        cue.setId(prefix + "-health-" + layer);
        for (Label stat : new Label[] {mean, std, share}) {
            stat.getStyleClass().add("layer-stat");
        }
        dot.getStyleClass().add("health-dot");
        cue.setGraphic(dot);
        cue.getStyleClass().add("health-cue");
        reason.getStyleClass().add("health-reason");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.visibleProperty());
        VBox.setVgrow(histogram, Priority.ALWAYS);
        // Mean and std side by side, one under the other where the panel is narrow.
        FlowPane numbers = new FlowPane(mean, std);
        numbers.getStyleClass().add("layer-numbers");
        if (gradient) {
            getChildren().addAll(title, histogram, std, cue, reason);
        } else {
            getChildren().addAll(title, histogram, numbers, share, cue, reason);
        }
    }

    HistogramCanvas histogram() {
        return histogram;
    }

    Label stdLabel() {
        return std;
    }

    /** Hides the reason line where space is short (the book figure). */
    void showReason(boolean value) {
        reason.setVisible(value);
    }

    /**
     * Whether this panel draws the exact zeros of {@code act} as a bar of their own: ReLU's half
     * of all values. Leaky ReLU has (almost) none; its dead share is shown as a number.
     */
    boolean splitsZeros(Activation act) {
        return !gradient && act == Activation.RELU;
    }

    /**
     * Shows {@code layer} of a run with {@code act}, drawn as {@code bars}; {@code scaleMax} is
     * the count at the plot's top.
     */
    void show(LayerStatistics layer, HistogramBars bars, LayerHealth verdict, Activation act, long scaleMax) {
        stats = layer;
        health = verdict;
        activation = act;
        histogram.show(bars, layer.rangeMin(), layer.rangeMax(),
                gradient ? Double.NaN : act.saturationLow() + LayerStatistics.SATURATION_MARGIN,
                gradient ? Double.NaN : act.saturationHigh() - LayerStatistics.SATURATION_MARGIN,
                scaleMax, splitsZeros(act));
        for (LayerHealth.Cue c : LayerHealth.Cue.values()) {
            styleCue(c, c == verdict.cue());
        }
        relabel();
    }

    private void styleCue(LayerHealth.Cue c, boolean on) {
        String name = cueId(c);
        if (on && !getStyleClass().contains(name)) {
            getStyleClass().add(name);
        } else if (!on) {
            getStyleClass().remove(name);
        }
    }

    private void relabel() {
        if (stats == null) {
            return;
        }
        i18n.bind(title.textProperty(), gradient ? "init.gradient.title" : "init.layer.title", stats.layer());
        i18n.bind(mean.textProperty(), "init.stat.mean", Num.format(stats.mean(), 3));
        i18n.bind(std.textProperty(), "init.stat.std", Num.format(stats.std(), 3));
        i18n.bind(share.textProperty(), reluFamily(activation)
                ? Message.of("init.stat.dead", Num.percent(stats.zeroShare()))
                : Message.of("init.stat.saturated", Num.percent(stats.saturatedShare())));
        i18n.bind(cue.textProperty(), cueKey(health.cue()));
        i18n.bind(reason.textProperty(), reasonKey(health.reason()), reasonValue(health));
    }

    static boolean reluFamily(Activation act) {
        return act == Activation.RELU || act == Activation.LEAKY_RELU;
    }

    static String cueId(LayerHealth.Cue c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    static String cueKey(LayerHealth.Cue c) {
        return "init.health." + cueId(c);
    }

    static String reasonKey(LayerHealth.Reason r) {
        return "init.reason." + r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason's number as its text quotes it: a share, a ratio or a std. */
    static String reasonValue(LayerHealth verdict) {
        return switch (verdict.reason()) {
            case AT_BOUNDS, DEAD, HALF_ZERO -> Num.percent(verdict.value());
            case SHRINKING, GROWING -> Num.format(verdict.value(), 2);
            default -> Num.format(verdict.value(), 3);
        };
    }
}
