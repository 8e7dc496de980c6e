package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;

import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;
import org.gradientlab.ui.kit.plot.LogTicks;
import org.gradientlab.ui.kit.plot.ScatterPlot;
import org.gradientlab.ui.widgets.SeriesBuffer;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.kit.text.DisplayNames;

/**
 * The hyperparameter search: a scatter of the trials over log₁₀ lr × log₁₀ λ (the best
 * {@value #BEST} by last validation accuracy highlighted; hovering a trial reads it out), a sortable table of trials, the
 * curves of the best {@value #BEST} finished trials as small multiples, and the
 * train/validation curves of the trial selected in the table.
 */
final class TrialsView {
    static final int BEST = 20;
    /** The table re-reads its rows at most four times a second: a hundred rows every frame cost too much. */
    private static final long TABLE_REFRESH_NANOS = 250_000_000L;

    /** One trial as the table shows it; accuracies are the last measured (NaN before any). */
    static final class Trial {
        final int index;
        final String name;
        final double learningRate;
        final double weightDecay;
        final SeriesBuffer train = new SeriesBuffer();
        final SeriesBuffer validation = new SeriesBuffer();
        double lastValidation = Double.NaN;
        double lastTrain = Double.NaN;
        boolean diverged;

        Trial(int index, String name, double learningRate, double weightDecay) {
            this.index = index;
            this.name = name;
            this.learningRate = learningRate;
            this.weightDecay = weightDecay;
        }
    }

    private final I18n i18n;
    private final ScatterPlot scatter = new ScatterPlot();
    private final int others;
    private final int best;
    /** The trials of each scatter group, in the order of its points (for the hover read-out). */
    private List<Trial> bestTrials = List.of();
    private List<Trial> otherTrials = List.of();
    private final TableView<Trial> table = new TableView<>();
    private final ObservableList<Trial> trials = FXCollections.observableArrayList();
    private final CurvePlot curves;
    private final BestTrialsGrid bestGrid;
    private final SplitPane view;
    private int length = 1;
    private boolean dirty;
    private boolean selectedChanged;
    private long lastTableRefresh;

    TrialsView(I18n i18n) {
        this.i18n = i18n;
        scatter.setId("trial-scatter");
        scatter.getStyleClass().add("trial-scatter");
        scatter.setAxisNames(i18n.label("training.trials.lr-axis"), i18n.label("training.trials.lambda-axis"));
        setRanges(-6, -2, -8, -4);
        // The colours the JavaFX scatter gave its two series: the others first, the best painted over them.
        others = scatter.addGroup(i18n.label("training.trials.others"), 1);
        best = scatter.addGroup(i18n.label("training.trials.best", BEST), 0);
        scatter.setReadout((group, index) -> readout((group == best ? bestTrials : otherTrials).get(index)));

        table.setId("trials-table");
        // Sorting reorders a view of the list, never the trials themselves (indices stay series indices).
        SortedList<Trial> sorted = new SortedList<>(trials);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("training.trials.number", t -> t.index + 1));
        table.getColumns().add(column("training.trials.lr", t -> t.learningRate));
        table.getColumns().add(column("training.trials.lambda", t -> t.weightDecay));
        TableColumn<Trial, Number> validation = column("training.trials.val-acc", t -> t.lastValidation);
        table.getColumns().add(validation);
        table.getColumns().add(column("training.trials.train-acc", t -> t.lastTrain));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        curves = RunCharts.plot(i18n, "training.axis.epoch", "training.axis.accuracy");
        curves.setFixedY(0, 1, 0.2);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> showCurves(is));

        SplitPane left = new SplitPane(scatter, table);
        left.setOrientation(Orientation.VERTICAL);
        bestGrid = new BestTrialsGrid(i18n);
        SplitPane right = new SplitPane(bestGrid.view(), curves);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.65);
        view = new SplitPane(left, right);
        view.setDividerPositions(0.5);
    }

    private <T> TableColumn<Trial, Number> column(String key, java.util.function.Function<Trial, Number> value) {
        TableColumn<Trial, Number> column = new TableColumn<>();
        column.textProperty().bind(i18n.label(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text(item));
            }
        });
        return column;
    }

    private static String text(Number value) {
        if (value instanceof Integer i) {
            return i.toString();
        }
        double v = value.doubleValue();
        return Double.isNaN(v) ? "–" : Num.format(v);
    }

    /** "# 12 · lr 0.001 · λ 1.000e−6 · validation acc. 0.9134", in the language on show. */
    private String readout(Trial t) {
        return i18n.text("training.trials.number") + " " + (t.index + 1)
                + " · " + i18n.text("training.trials.lr") + " " + Num.format(t.learningRate)
                + " · " + i18n.text("training.trials.lambda") + " " + Num.format(t.weightDecay)
                + " · " + i18n.text("training.trials.val-acc") + " " + text(t.lastValidation);
    }

    Node view() {
        return view;
    }

    /** Axis ranges in log₁₀ units: lr ∈ 10^[lrMin, lrMax], λ ∈ 10^[lambdaMin, lambdaMax]. */
    void setRanges(double lrMin, double lrMax, double lambdaMin, double lambdaMax) {
        ViewRect view = new ViewRect(Math.floor(lrMin), Math.ceil(lrMax), Math.floor(lambdaMin), Math.ceil(lambdaMax));
        scatter.setView(view, 1, 1);
        // Each axis writes its numbers by the kit's one rule for log axes, chosen from its range.
        scatter.setTickLabels(LogTicks.forAxis(view.xMin(), view.xMax()).ticks(),
                LogTicks.forAxis(view.yMin(), view.yMax()).ticks());
    }

    void begin(List<TrainingBackend.Series> series, int epochs) {
        trials.clear();
        for (int i = 0; i < series.size(); i++) {
            TrainingBackend.Series s = series.get(i);
            trials.add(new Trial(i, s.name(), s.learningRate(), s.weightDecay()));
        }
        length = epochs;
        curves.clear();
        curves.setXLength(epochs);
        bestGrid.begin(epochs);
        dirty = true;
    }

    void accept(Progress sample) {
        Trial trial = trials.get(sample.seriesIndex());
        if (!Double.isNaN(sample.validationAccuracy())) {
            trial.validation.add(sample.epoch(), sample.validationAccuracy());
            trial.lastValidation = sample.validationAccuracy();
            dirty = true;
        }
        if (!Double.isNaN(sample.trainAccuracy())) {
            trial.train.add(sample.epoch(), sample.trainAccuracy());
            trial.lastTrain = sample.trainAccuracy();
            dirty = true;
        }
        trial.diverged |= sample.diverged();
        selectedChanged |= trial == table.getSelectionModel().getSelectedItem() && sample.evaluated();
    }

    /** Redraws the scatter and the table after a batch of samples; once per frame. */
    void refresh() {
        if (!dirty) {
            return;
        }
        dirty = false;
        List<Trial> ranked = new ArrayList<>(trials.stream().filter(t -> !Double.isNaN(t.lastValidation)).toList());
        ranked.sort(Comparator.comparingDouble((Trial t) -> t.lastValidation).reversed());
        bestTrials = List.copyOf(ranked.subList(0, Math.min(BEST, ranked.size())));
        otherTrials = List.copyOf(ranked.subList(bestTrials.size(), ranked.size()));
        scatter.setPoints(best, logPoints(bestTrials));
        scatter.setPoints(others, logPoints(otherTrials));
        bestGrid.show(ranked.stream().filter(t -> t.validation.size() >= length).limit(BEST).toList());
        long now = System.nanoTime();
        if (now - lastTableRefresh > TABLE_REFRESH_NANOS) {
            lastTableRefresh = now;
            table.refresh();
        }
        // Rebuilding the selected trial's chart costs more than the rest: only when it has news.
        if (selectedChanged) {
            selectedChanged = false;
            showCurves(table.getSelectionModel().getSelectedItem());
        }
    }

    private void showCurves(Trial trial) {
        curves.clear();
        curves.setXLength(length);
        if (trial == null) {
            return;
        }
        int group = curves.addGroup(i18n.label(DisplayNames.series(trial.name)));
        int train = curves.addCurve(group, CurveStroke.PLAIN);
        int validation = curves.addCurve(group, CurveStroke.DASHED);
        for (int i = 0; i < trial.train.size(); i++) {
            curves.append(train, trial.train.x(i), trial.train.y(i));
        }
        for (int i = 0; i < trial.validation.size(); i++) {
            curves.append(validation, trial.validation.x(i), trial.validation.y(i));
        }
        curves.refresh();
    }

    private static SeriesBuffer logPoints(List<Trial> trials) {
        SeriesBuffer points = new SeriesBuffer();
        for (Trial t : trials) {
            points.add(Math.log10(t.learningRate), Math.log10(t.weightDecay));
        }
        return points;
    }

    TableView<Trial> table() {
        return table;
    }

    List<Trial> trials() {
        return trials;
    }

    BestTrialsGrid bestGrid() {
        return bestGrid;
    }

    int bestShown() {
        return scatter.points(best).size();
    }

    ScatterPlot scatter() {
        return scatter;
    }
}
