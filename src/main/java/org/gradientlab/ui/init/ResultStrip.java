package org.gradientlab.ui.init;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.core.experiment.probe.ActivationProbeResult;
import org.gradientlab.core.experiment.probe.HistogramBars;
import org.gradientlab.core.experiment.probe.LayerHealth;
import org.gradientlab.core.experiment.probe.LayerStatistics;
import org.gradientlab.ui.i18n.I18n;

/**
 * One setting's figure: a title, one histogram per layer side by side and, when asked, the
 * gradients of the backward pass in a second row. Panels are kept and reused as the number of
 * layers changes, so dragging a slider creates no nodes.
 */
final class ResultStrip extends VBox {
    private final I18n i18n;
    private final String prefix;
    private final Label title = new Label();
    private final HBox activationRow = new HBox();
    private final HBox gradientRow = new HBox();
    private final Label gradientCaption = new Label();
    private final List<LayerPanel> activationPanels = new ArrayList<>();
    private final List<LayerPanel> gradientPanels = new ArrayList<>();
    private boolean reasons = true;

    /** {@code prefix}: start of the node ids of this strip's panels ("live", "pinned", "book-0"). */
    ResultStrip(I18n i18n, String prefix) {
        this.i18n = i18n;
        this.prefix = prefix;
        getStyleClass().add("result-strip");
        setId(prefix + "-strip");
        title.getStyleClass().add("strip-title");
        title.setWrapText(true);
        title.managedProperty().bind(title.visibleProperty());
        activationRow.getStyleClass().add("layer-row");
        gradientRow.getStyleClass().addAll("layer-row", "gradient-row");
        gradientCaption.getStyleClass().add("gradient-caption");
        gradientCaption.textProperty().bind(i18n.label("init.gradient.caption"));
        VBox.setVgrow(activationRow, Priority.ALWAYS);
        VBox.setVgrow(gradientRow, Priority.ALWAYS);
        getChildren().addAll(title, activationRow);
    }

    Label title() {
        return title;
    }

    LayerPanel activationPanel(int layer) {
        return activationPanels.get(layer - 1);
    }

    /** Draws {@code outcome}; the gradient row shows when asked and the run has one. */
    void show(ProbeOutcome outcome, boolean sharedScale, boolean gradients) {
        ActivationProbeResult result = outcome.result();
        fill(activationRow, activationPanels, false, result.activations(), outcome.health(), outcome, sharedScale);
        boolean withGradients = gradients && outcome.hasGradients();
        if (withGradients) {
            fill(gradientRow, gradientPanels, true, result.gradients(), outcome.gradientHealth(), outcome, sharedScale);
            if (!getChildren().contains(gradientRow)) {
                getChildren().addAll(gradientCaption, gradientRow);
            }
        } else {
            getChildren().removeAll(gradientCaption, gradientRow);
        }
    }

    private void fill(HBox row, List<LayerPanel> pool, boolean gradient, List<LayerStatistics> layers,
                      List<LayerHealth> health, ProbeOutcome outcome, boolean sharedScale) {
        while (pool.size() < layers.size()) {
            LayerPanel panel = new LayerPanel(i18n, gradient, prefix + (gradient ? "-gradient" : ""), pool.size() + 1);
            panel.showReason(reasons);
            HBox.setHgrow(panel, Priority.ALWAYS);
            pool.add(panel);
        }
        if (row.getChildren().size() != layers.size()) {
            row.getChildren().setAll(pool.subList(0, layers.size()));
        }
        List<HistogramBars> bars = new ArrayList<>(layers.size());
        long top = 1;
        for (int i = 0; i < layers.size(); i++) {
            HistogramBars b = HistogramBars.of(layers.get(i), pool.get(i).splitsZeros(outcome.settings().activation()));
            bars.add(b);
            top = Math.max(top, b.maxCount());
        }
        for (int i = 0; i < layers.size(); i++) {
            long scale = sharedScale ? top : bars.get(i).maxCount();
            pool.get(i).show(layers.get(i), bars.get(i), health.get(i), outcome.settings().activation(), scale);
        }
    }

    /** Shows or hides the one-line reasons under the cues. */
    void showReasons(boolean value) {
        reasons = value;
        activationPanels.forEach(p -> p.showReason(value));
        gradientPanels.forEach(p -> p.showReason(value));
    }
}
