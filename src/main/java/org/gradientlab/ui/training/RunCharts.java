package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.ui.export.FigureExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.layout.ChartTiles;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;
import org.gradientlab.ui.kit.text.DisplayNames;

/**
 * The charts of one run, laid out for its experiment: loss and accuracy curves (optimizers, init,
 * custom), a 4×4 grid of small multiples (batch norm), train-vs-test panels with the gap shaded
 * (weight decay, dropout) or the trials view (hyperparameter search). Samples arrive in batches,
 * one a frame; {@link #refreshSoon()} redraws at most {@value #REDRAWS_PER_SECOND} times a second.
 */
final class RunCharts {
    static final int GRID = 4;
    /**
     * Redraws a second while a run feeds the charts: curves that grow smoothly to the eye, at a
     * quarter of the render thread's cost of redrawing at every 60 Hz pulse (docs/BENCHMARKS.md).
     */
    static final int REDRAWS_PER_SECOND = 15;

    private final I18n i18n;
    private final CurvePlot loss;
    private final CurvePlot accuracy;
    private final CheckBox logY = new CheckBox();
    private final VBox curvesLayout;
    private final GridPane grid = new GridPane();
    private final HBox gapLayout = new HBox(8);
    private final TrialsView trials;
    private final StackPane view = new StackPane();
    private final List<CurvePlot> panels = new ArrayList<>();
    private Preset preset = Preset.OPTIMIZERS;
    // Per series: its loss curve, train and test/validation accuracy curves in the chart it lives in.
    private int[] lossCurve = new int[0];
    private int[] trainCurve = new int[0];
    private int[] testCurve = new int[0];
    private int[] panelOf = new int[0];
    private int[] groupOf = new int[0];
    private final Pace pace = new Pace(REDRAWS_PER_SECOND, this::redraw);

    RunCharts(I18n i18n) {
        this.i18n = i18n;
        loss = plot(i18n, "training.axis.iteration", "training.axis.loss");
        accuracy = plot(i18n, "training.axis.iteration", "training.axis.accuracy");
        accuracy.setFixedY(0, 1, 0.2);
        logY.setId("training-log-y");
        logY.getStyleClass().add(FigureExport.SCREEN_ONLY);
        logY.textProperty().bind(i18n.label("training.chart.log-y"));
        logY.selectedProperty().bindBidirectional(loss.logYProperty());
        // Stacked while each keeps its height (training-lab.css); side by side when large text or
        // presentation mode would squeeze them, so both stay in view (15.2).
        ChartTiles curves = new ChartTiles(4, loss, accuracy);
        curves.setId("training-curves");
        VBox.setVgrow(curves, Priority.ALWAYS);
        curvesLayout = new VBox(4, logY, curves);
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setId("bn-grid");
        trials = new TrialsView(i18n);
        view.getChildren().setAll(curvesLayout);
    }

    Node view() {
        return view;
    }

    CurvePlot loss() {
        return loss;
    }

    CurvePlot accuracy() {
        return accuracy;
    }

    List<CurvePlot> panels() {
        return panels;
    }

    TrialsView trials() {
        return trials;
    }

    /** Clears everything and lays out the charts for {@code series} of a {@code preset} run of {@code length}. */
    void begin(Preset preset, List<TrainingBackend.Series> series, int length) {
        this.preset = preset;
        int n = series.size();
        lossCurve = new int[n];
        trainCurve = new int[n];
        testCurve = new int[n];
        panelOf = new int[n];
        groupOf = new int[n];
        panels.clear();
        switch (preset) {
            case BATCH_NORM -> beginGrid(series, length);
            case WEIGHT_DECAY, DROPOUT -> beginGap(series, length);
            case HYPERPARAMETERS -> {
                trials.begin(series, length);
                view.getChildren().setAll(trials.view());
            }
            default -> beginCurves(series, length);
        }
    }

    private void beginCurves(List<TrainingBackend.Series> series, int length) {
        loss.clear();
        accuracy.clear();
        loss.setXLength(length);
        accuracy.setXLength(length);
        for (int i = 0; i < series.size(); i++) {
            ObservableStringValue name = i18n.label(DisplayNames.series(series.get(i).name()));
            groupOf[i] = loss.addGroup(name);
            lossCurve[i] = loss.addCurve(groupOf[i], CurveStroke.FAINT);
            loss.addSmoothed(groupOf[i], lossCurve[i]);
            int group = accuracy.addGroup(name);
            trainCurve[i] = accuracy.addCurve(group, CurveStroke.PLAIN);
            testCurve[i] = accuracy.addCurve(group, CurveStroke.DASHED);
        }
        view.getChildren().setAll(curvesLayout);
    }

    /** Series come in pairs per weight scale, with BN first (the core's order). */
    private void beginGrid(List<TrainingBackend.Series> series, int length) {
        grid.getChildren().clear();
        for (int i = 0; i < series.size(); i++) {
            int cell = i / 2;
            if (i % 2 == 0) {
                CurvePlot panel = plot(i18n, "training.axis.epoch", "training.axis.accuracy");
                String name = series.get(i).name();
                panel.setCompact(constant(name.substring(name.indexOf(' ') + 1)));
                panel.setFixedY(0, 1, 0.5);
                panel.setXLength(length);
                panel.addGroup(i18n.label("training.bn.with"));
                panel.addGroup(i18n.label("training.bn.without"));
                panels.add(panel);
                GridPane.setHgrow(panel, Priority.ALWAYS);
                GridPane.setVgrow(panel, Priority.ALWAYS);
                grid.add(panel, cell % GRID, cell / GRID);
            }
            panelOf[i] = cell;
            trainCurve[i] = panels.get(cell).addCurve(i % 2, i % 2 == 0 ? CurveStroke.BOLD
                    : CurveStroke.DASHED);
        }
        VBox box = new VBox(4, legend(), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        view.getChildren().setAll(box);
    }

    /** The grid's one legend: a plot with no room for its area shows only its legend. */
    private Node legend() {
        CurvePlot key = new CurvePlot(i18n);
        key.setId("bn-legend");
        key.getStyleClass().add("curve-legend-strip");
        key.addGroup(i18n.label("training.bn.with"));
        key.addGroup(i18n.label("training.bn.without"));
        return key;
    }

    private void beginGap(List<TrainingBackend.Series> series, int length) {
        gapLayout.getChildren().clear();
        for (int i = 0; i < series.size(); i++) {
            CurvePlot panel = plot(i18n, "training.axis.epoch", "training.axis.accuracy");
            panel.setFixedY(0, 1, 0.2);
            panel.setXLength(length);
            String name = series.get(i).name();
            int train = panel.addGroup(i18n.label("training.gap.train", DisplayNames.series(name)));
            int test = panel.addGroup(i18n.label("training.gap.test", DisplayNames.series(name)));
            trainCurve[i] = panel.addCurve(train, CurveStroke.PLAIN);
            testCurve[i] = panel.addCurve(test, CurveStroke.PLAIN);
            panel.shadeBetween(trainCurve[i], testCurve[i]);
            panelOf[i] = i;
            panels.add(panel);
            HBox.setHgrow(panel, Priority.ALWAYS);
            gapLayout.getChildren().add(panel);
        }
        view.getChildren().setAll(gapLayout);
    }

    /** Routes a frame's samples to the curves; call {@link #refresh()} after. */
    void accept(List<Progress> batch) {
        for (Progress s : batch) {
            int i = s.seriesIndex();
            switch (preset) {
                case HYPERPARAMETERS -> trials.accept(s);
                case BATCH_NORM -> {
                    if (!Double.isNaN(s.trainAccuracy())) {
                        panels.get(panelOf[i]).append(trainCurve[i], s.epoch(), s.trainAccuracy());
                    }
                    if (s.diverged()) {
                        panels.get(panelOf[i]).markDiverged(i % 2);
                    }
                }
                case WEIGHT_DECAY, DROPOUT -> {
                    CurvePlot panel = panels.get(panelOf[i]);
                    if (!Double.isNaN(s.trainAccuracy())) {
                        panel.append(trainCurve[i], s.epoch(), s.trainAccuracy());
                    }
                    if (!Double.isNaN(s.testAccuracy())) {
                        panel.append(testCurve[i], s.epoch(), s.testAccuracy());
                    }
                    if (s.diverged()) {
                        panel.markDiverged(0);
                    }
                }
                default -> acceptCurves(s, i);
            }
        }
    }

    private void acceptCurves(Progress s, int i) {
        loss.append(lossCurve[i], s.iteration(), s.loss());
        if (!Double.isNaN(s.trainAccuracy())) {
            accuracy.append(trainCurve[i], s.iteration(), s.trainAccuracy());
        }
        double test = Double.isNaN(s.testAccuracy()) ? s.validationAccuracy() : s.testAccuracy();
        if (!Double.isNaN(test)) {
            accuracy.append(testCurve[i], s.iteration(), test);
        }
        if (s.diverged()) {
            loss.markDiverged(groupOf[i]);
            accuracy.markDiverged(groupOf[i]);
        }
    }

    /** Redraws what the samples changed, now. */
    void refresh() {
        pace.run();
    }

    /** Redraws what the samples changed at the charts' pace: now, or at a coming pulse. */
    void refreshSoon() {
        pace.request();
    }

    private void redraw() {
        switch (preset) {
            case HYPERPARAMETERS -> trials.refresh();
            case BATCH_NORM, WEIGHT_DECAY, DROPOUT -> panels.forEach(CurvePlot::refresh);
            default -> {
                loss.refresh();
                accuracy.refresh();
            }
        }
    }

    /** The run ended: anything refreshed at a lower rate catches up. */
    void finish() {
        pace.flush();
        if (preset == Preset.HYPERPARAMETERS) {
            trials.table().refresh();
        }
    }

    /** A live plot of a run: the axes' names follow the language, x ticks stay few and round. */
    static CurvePlot plot(I18n i18n, String xKey, String yKey) {
        CurvePlot plot = new CurvePlot(i18n);
        plot.setAxisNames(i18n.label(xKey), i18n.label(yKey));
        plot.setXTicks(5);
        return plot;
    }

    private static ObservableStringValue constant(String text) {
        return Bindings.createStringBinding(() -> text);
    }
}
