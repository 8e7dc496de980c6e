package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.experiment.training.LayerStatsScale;
import org.gradientlab.core.nn.LayerStats;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;
import org.gradientlab.ui.kit.text.DisplayNames;

/**
 * "Inside the net" for the run on show: per hidden layer a heat strip of its activation
 * histograms over the iterations, and small curves per layer of the dead share, the gradient
 * norm and the update-to-weight ratio (with CS231n's 1e-3 guide). It grows as the model's
 * per-layer records arrive (once per frame) for the series chosen in its box.
 */
final class InsideView {
    /** CS231n lecture 6: updates about a thousandth of the weights. */
    static final double RATIO_GUIDE = 1e-3;

    private final I18n i18n;
    private final Label title = new Label();
    private final Label note;
    private final ChoiceBox<String> series = new ChoiceBox<>();
    private final HeatStrips strips;
    private final CurvePlot dead;
    private final CurvePlot gradient;
    private final CurvePlot ratio;
    private final LayerKey key;
    private final List<LayerStatsRecord> all = new ArrayList<>();
    private final VBox view;
    private final List<int[]> curves = new ArrayList<>();
    private int guide = -1;
    private int layers;
    private long iterations = 1;

    /** The view of the model's run: the run going on, else the last one. */
    InsideView(I18n i18n, TrainingLabModel model) {
        this(i18n);
        model.runningProperty().addListener((o, was, is) -> {
            if (is != null) {
                begin(model.chartProperty().get().series.stream().map(TrainingBackend.Series::name).toList(),
                        TrainingLabModel.iterations(is));
            }
        });
        model.layerStats().addListener((ListChangeListener<LayerStatsRecord>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    accept(change.getAddedSubList());
                }
            }
        });
    }

    /** A view that shows what it is given ({@link #showRun}), as a column of a comparison. */
    InsideView(I18n i18n) {
        this.i18n = i18n;
        strips = new HeatStrips(i18n);
        strips.setId("inside-strips");
        dead = small("training.inside.dead", "inside-dead");
        dead.setFixedY(0, 1, 0.25);
        gradient = small("training.inside.gradient", "inside-gradient");
        gradient.logYProperty().set(true);
        ratio = small("training.inside.ratio", "inside-ratio");
        ratio.logYProperty().set(true);

        title.textProperty().bind(i18n.label("training.inside.title"));
        title.getStyleClass().add("section-title");
        // A compared run's name (its settings) may be longer than half the tab: it wraps, never cut.
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label seriesLabel = new Label();
        seriesLabel.textProperty().bind(i18n.label("training.inside.series"));
        seriesLabel.setMinWidth(Label.USE_PREF_SIZE);
        series.setId("inside-series");
        series.setMinWidth(ChoiceBox.USE_PREF_SIZE);
        series.converterProperty().bind(Bindings.createObjectBinding(() -> new StringConverter<String>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : i18n.text(DisplayNames.series(name));
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }, i18n.languageProperty()));
        series.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> redraw());
        HBox header = new HBox(8, title, seriesLabel, series);
        header.setAlignment(Pos.CENTER_LEFT);
        note = new Label();
        note.textProperty().bind(i18n.label("training.inside.note"));
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.getStyleClass().add("caption");
        HBox small = new HBox(8, dead, gradient, ratio);
        key = new LayerKey(i18n);
        key.setId("inside-key");
        VBox.setVgrow(strips, Priority.ALWAYS);
        view = new VBox(4, header, strips, small, key, note);
        view.setId("inside-view");
    }

    private CurvePlot small(String titleKey, String id) {
        CurvePlot plot = new CurvePlot(i18n);
        plot.setId(id);
        plot.setCompact(i18n.label(titleKey));
        plot.setXTicks(3);
        plot.setMinSize(150, 120);
        plot.setPrefSize(260, 160);
        HBox.setHgrow(plot, Priority.ALWAYS);
        return plot;
    }

    Node view() {
        return view;
    }

    /** A new run: its series in the box, empty figures over {@code iterations}. */
    void begin(List<String> names, long iterations) {
        this.iterations = Math.max(1, iterations);
        all.clear();
        layers = 0;
        series.getItems().setAll(names);
        series.getSelectionModel().select(0);
        redraw();
    }

    /**
     * Fits the view in half the width below the compare bar, as a column of a comparison: the
     * figures may shrink, and the note (the single view explains the figures) is left out.
     */
    void narrow() {
        for (CurvePlot plot : List.of(dead, gradient, ratio)) {
            plot.setMinSize(80, 100);
            plot.setPrefHeight(120);
        }
        strips.setMinHeight(100);
        strips.setPrefHeight(160);
        key.setMinWidth(0);
        note.setVisible(false);
        note.setManaged(false);
    }

    /** Heads the view with {@code heading} instead of its title (a compared run's name). */
    void setHeading(ObservableStringValue heading) {
        title.textProperty().bind(heading);
    }

    /**
     * Shows a finished run: its series in the box, its {@code records} on the axes of
     * {@code scale} (shared with the run beside it, so the two read alike).
     */
    void showRun(List<String> names, List<LayerStatsRecord> records, LayerStatsScale scale) {
        gradient.setFixedY(scale.gradientLow(), scale.gradientHigh(), scale.gradientTick());
        ratio.setFixedY(scale.ratioLow(), scale.ratioHigh(), scale.ratioTick());
        strips.setRange(scale.histogramMin(), scale.histogramMax());
        // The same run again (the other column changed): it keeps its chosen series.
        int kept = names.equals(series.getItems()) ? series.getSelectionModel().getSelectedIndex() : -1;
        begin(names, scale.iterations());
        if (kept > 0) {
            series.getSelectionModel().select(kept);
        }
        accept(records);
    }

    private void accept(List<? extends LayerStatsRecord> batch) {
        all.addAll(batch);
        int shown = Math.max(0, series.getSelectionModel().getSelectedIndex());
        for (LayerStatsRecord record : batch) {
            if (record.seriesIndex() == shown) {
                show(record);
            }
        }
        refresh();
    }

    /** Everything again for the chosen series. */
    private void redraw() {
        strips.begin(iterations);
        for (CurvePlot plot : List.of(dead, gradient, ratio)) {
            plot.clear();
            plot.setXRange(0, iterations);
        }
        curves.clear();
        layers = 0;
        guide = ratio.addCurve(ratio.addGroup(i18n.label("training.inside.guide"), CurvePlot.GUIDE),
                CurveStroke.DOTTED);
        ratio.setPoints(guide, new double[] {0, iterations}, new double[] {RATIO_GUIDE, RATIO_GUIDE});
        int shown = Math.max(0, series.getSelectionModel().getSelectedIndex());
        all.stream().filter(r -> r.seriesIndex() == shown).forEach(this::show);
        refresh();
    }

    private void show(LayerStatsRecord record) {
        if (layers == 0) {
            layers = record.layers().size();
            key.show(record.layers().stream().map(LayerStats::hasActivations).toList());
            for (int k = 0; k < layers; k++) {
                boolean hidden = record.layers().get(k).hasActivations();
                var name = hidden ? i18n.label("training.inside.layer", k + 1) : i18n.label("training.inside.output");
                curves.add(new int[] {
                    hidden ? dead.addCurve(dead.addGroup(name, k), CurveStroke.PLAIN) : -1,
                    gradient.addCurve(gradient.addGroup(name, k), CurveStroke.PLAIN),
                    ratio.addCurve(ratio.addGroup(name, k), CurveStroke.PLAIN)});
            }
        }
        strips.add(record);
        double x = record.iteration();
        for (int k = 0; k < layers && k < record.layers().size(); k++) {
            LayerStats stats = record.layers().get(k);
            int[] c = curves.get(k);
            if (c[0] >= 0) {
                dead.append(c[0], x, stats.deadShare());
            }
            appendPositive(gradient, c[1], x, stats.gradientNorm());
            appendPositive(ratio, c[2], x, stats.updateRatio());
        }
    }

    /** A log axis has no place for 0 (a layer that did not move): such samples are left out. */
    private static void appendPositive(CurvePlot plot, int curve, double x, double y) {
        if (y > 0 && Double.isFinite(y)) {
            plot.append(curve, x, y);
        }
    }

    private void refresh() {
        strips.refresh();
        dead.refresh();
        gradient.refresh();
        ratio.refresh();
    }

    /** What tests read. */
    HeatStrips strips() {
        return strips;
    }

    CurvePlot dead() {
        return dead;
    }

    CurvePlot gradient() {
        return gradient;
    }

    CurvePlot ratio() {
        return ratio;
    }

    ChoiceBox<String> series() {
        return series;
    }
}
