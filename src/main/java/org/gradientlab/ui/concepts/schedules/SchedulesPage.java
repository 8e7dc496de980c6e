package org.gradientlab.ui.concepts.schedules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.schedules.LearningRateSketch;
import org.gradientlab.core.concepts.schedules.ScheduleComparison;
import org.gradientlab.core.concepts.schedules.ScheduleSettings;
import org.gradientlab.ui.kit.layout.ChartTiles;
import org.gradientlab.ui.kit.layout.FigureScroll;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * Concepts page "learning-rate schedules" (CS231n lectures 6–7, annealing the learning rate):
 * the four schedules' α(t) overlaid as the learner edits them; Train runs the four on MNIST and
 * draws their loss curves live in the same colours; a second figure reproduces the lecture's
 * loss-vs-lr sketch (very high, high, low, good) from real short runs. Space trains or stops,
 * R resets. Curves stay while the learner visits other pages.
 */
public final class SchedulesPage extends LazyLab {
    public static final String ID = "schedules";
    public static final LabSpec SPEC = new LabSpec(ID, "concepts.schedules.title", "/css/concepts-schedules.css");
    private static final List<String> SCHEDULE_KEYS = List.of("concepts.schedules.name.constant",
            "concepts.schedules.name.step", "concepts.schedules.name.exponential", "concepts.schedules.name.inverse-time");
    private static final List<String> SKETCH_KEYS = List.of("concepts.schedules.sketch.very-high",
            "concepts.schedules.sketch.high", "concepts.schedules.sketch.low", "concepts.schedules.sketch.good");
    /** The sketch's y axis: the first loss is ≈ 2.3, so "very high" leaves the frame as in the lecture. */
    private static final double SKETCH_LOSS_TOP = 4;
    // The sketch's colours follow the lecture's: very high yellow-ish, high green, low blue, good red.
    private static final int[] SKETCH_COLOURS = {5, 3, 1, 0};
    private static final double[] SKETCH_RATES = {LearningRateSketch.VERY_HIGH, LearningRateSketch.HIGH,
        LearningRateSketch.LOW, LearningRateSketch.GOOD};

    private final I18n i18n;
    private final SchedulesModel model = new SchedulesModel();
    private final LossRun scheduleRun = model.scheduleRun();
    private final LossRun sketchRun = model.sketchRun();
    private CurveFigure rateFigure;
    private CurveFigure lossFigure;
    private CurveFigure sketchFigure;
    private VBox figures;

    public SchedulesPage(I18n i18n) {
        super(SPEC);
        this.i18n = i18n;
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    /** The three figures and their caption. */
    @Override
    public Node exportNode() {
        view();
        return figures;
    }

    @Override
    public void playPause() {
        model.playPause();
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    protected BorderPane createView() {
        ScheduleForm form = new ScheduleForm(i18n, model);
        rateFigure = new CurveFigure(i18n, "concepts.schedules.figure.rate", "concepts.schedules.axis.iteration",
                "concepts.schedules.axis.rate", Double.NaN);
        rateFigure.setId("schedules-rate-figure");
        lossFigure = new CurveFigure(i18n, "concepts.schedules.figure.loss", "concepts.schedules.axis.iteration",
                "concepts.schedules.axis.loss", Double.NaN);
        lossFigure.setId("schedules-loss-figure");
        sketchFigure = new CurveFigure(i18n, "concepts.schedules.figure.sketch", "concepts.schedules.axis.iteration",
                "concepts.schedules.axis.loss", SKETCH_LOSS_TOP);
        sketchFigure.setId("schedules-sketch-figure");
        lossFigure.setEmptyText("concepts.schedules.empty.loss");
        // After the first tenth the four losses differ by a few hundredths: fit the axis to them.
        lossFigure.zoomToTail(0.1);
        sketchFigure.setEmptyText("concepts.schedules.empty.sketch");
        scheduleRun.framesProperty().addListener(o -> showLosses());
        sketchRun.framesProperty().addListener(o -> showSketch());
        model.settingsProperty().addListener((o, was, is) -> {
            showRates();
            if (scheduleRun.seriesCount() == 0) {
                showLosses();
            }
        });
        showRates();
        showLosses();
        showSketch();

        Label caption = new Label();
        caption.textProperty().bind(i18n.label("concepts.schedules.caption", LearningRateSketch.VERY_HIGH,
                LearningRateSketch.HIGH, LearningRateSketch.LOW, LearningRateSketch.GOOD, LearningRateSketch.ITERATIONS));
        caption.getStyleClass().add("schedule-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        // Stacked while each keeps its height; side by side when large text would squeeze them (15.2).
        ChartTiles charts = new ChartTiles(6, rateFigure, lossFigure, sketchFigure);
        charts.setId("schedule-charts");
        figures = new VBox(charts, caption);
        figures.getStyleClass().add("schedule-figures");
        VBox.setVgrow(charts, Priority.ALWAYS);
        HBox.setHgrow(figures, Priority.ALWAYS);

        ScrollPane side = new ScrollPane(sidebar(form));
        side.setFitToWidth(true);
        side.getStyleClass().add("schedule-side");
        // At large text sizes the caption makes the column taller than the window: it scrolls (15.2).
        BorderPane root = new BorderPane(FigureScroll.around(figures));
        root.setLeft(side);
        root.getStyleClass().add("schedules-page");
        root.setId("lab-" + ID);
        return root;
    }

    private VBox sidebar(ScheduleForm form) {
        Label title = new Label();
        title.textProperty().bind(i18n.label("concepts.schedules.title"));
        title.getStyleClass().add("schedule-title");
        Label intro = new Label();
        intro.textProperty().bind(i18n.label("concepts.schedules.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("schedule-intro");

        Button train = new Button();
        train.setId("schedules-train");
        train.textProperty().bind(Bindings.when(Bindings.createBooleanBinding(scheduleRun::isBusy,
                scheduleRun.stateProperty())).then(i18n.label("concepts.schedules.stop"))
                .otherwise(i18n.label("concepts.schedules.train")));
        train.setOnAction(e -> model.playPause());
        train.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !scheduleRun.isBusy() && !model.editorsValidProperty().get(),
                model.editorsValidProperty(), scheduleRun.stateProperty()));
        Button reset = new Button();
        reset.setId("schedules-reset");
        reset.textProperty().bind(i18n.label("concepts.schedules.reset"));
        reset.setOnAction(e -> model.reset());
        HBox buttons = new HBox(train, reset);
        buttons.getStyleClass().add("schedule-buttons");

        Label sketchTitle = new Label();
        sketchTitle.textProperty().bind(i18n.label("concepts.schedules.sketch.title"));
        sketchTitle.getStyleClass().add("schedule-section");
        Label sketchText = new Label();
        sketchText.textProperty().bind(i18n.label("concepts.schedules.sketch.text", LearningRateSketch.ITERATIONS));
        sketchText.setWrapText(true);
        Button runSketch = new Button();
        runSketch.setId("schedules-sketch-run");
        runSketch.textProperty().bind(Bindings.when(Bindings.createBooleanBinding(sketchRun::isBusy,
                sketchRun.stateProperty())).then(i18n.label("concepts.schedules.stop"))
                .otherwise(i18n.label("concepts.schedules.sketch.run")));
        runSketch.setOnAction(e -> model.playPauseSketch());

        // The loss curves belong to the settings of their run; say so once the editors moved on.
        Label stale = new Label();
        stale.setId("schedules-stale");
        stale.setWrapText(true);
        stale.getStyleClass().add("schedule-stale");
        stale.textProperty().bind(i18n.label("concepts.schedules.stale"));
        stale.visibleProperty().bind(model.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());

        VBox box = new VBox(title, intro, form.view(), buttons, status("schedules-status", scheduleRun), stale,
                sketchTitle, sketchText, runSketch, status("schedules-sketch-status", sketchRun));
        box.getStyleClass().add("schedule-sidebar");
        return box;
    }

    /** A progress bar and a line saying what the run is doing. */
    private VBox status(String id, LossRun run) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> run.stateProperty().get() == LossRun.State.LOADING ? ProgressBar.INDETERMINATE_PROGRESS
                        : run.progressProperty().get(), run.stateProperty(), run.progressProperty()));
        Label text = new Label();
        text.setId(id);
        text.setWrapText(true);
        text.textProperty().bind(i18n.render(() -> i18n.text(stateKey(run.stateProperty().get()),
                Math.round(100 * run.progressProperty().get()), run.failureProperty().get()), run.stateProperty(),
                run.progressProperty(), run.failureProperty()));
        VBox box = new VBox(bar, text);
        box.getStyleClass().add("schedule-status");
        return box;
    }

    private static String stateKey(LossRun.State state) {
        return switch (state) {
            case IDLE -> "concepts.schedules.state.idle";
            case LOADING -> "concepts.schedules.state.loading";
            case RUNNING -> "concepts.schedules.state.running";
            case DONE -> "concepts.schedules.state.done";
            case CANCELLED -> "concepts.schedules.state.cancelled";
            case FAILED -> "concepts.schedules.state.failed";
        };
    }

    private void showRates() {
        ScheduleSettings settings = model.settingsProperty().get();
        ScheduleComparison comparison = settings.comparison(ScheduleComparison.lectureSetup());
        double[] t = new double[settings.iterations()];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        List<CurveFigure.Curve> curves = new ArrayList<>();
        for (int s = 0; s < SCHEDULE_KEYS.size(); s++) {
            curves.add(new CurveFigure.Curve(SCHEDULE_KEYS.get(s), Double.NaN, s, t, comparison.rates(s), false,
                    Double.NaN));
        }
        rateFigure.show(curves, settings.iterations());
    }

    private void showLosses() {
        // Before the first run the x axis already spans the run the Train button would start.
        int length = scheduleRun.seriesCount() == 0 ? model.settingsProperty().get().iterations()
                : scheduleRun.iterations();
        lossFigure.show(lossCurves(scheduleRun, SCHEDULE_KEYS, new int[] {0, 1, 2, 3}, new double[4]), length);
    }

    private void showSketch() {
        sketchFigure.show(lossCurves(sketchRun, SKETCH_KEYS, SKETCH_COLOURS, SKETCH_RATES), LearningRateSketch.ITERATIONS);
    }

    /**
     * Loss curves of a run; {@code labelValues} fill the legend's {0} (the sketch's rates). Before
     * any run: empty curves, so the legend already shows the colours and the axes line up.
     */
    private static List<CurveFigure.Curve> lossCurves(LossRun run, List<String> keys, int[] colours,
                                                      double[] labelValues) {
        List<CurveFigure.Curve> curves = new ArrayList<>();
        boolean none = run.seriesCount() == 0;
        for (int s = 0; s < keys.size(); s++) {
            curves.add(none ? new CurveFigure.Curve(keys.get(s), labelValues[s], colours[s], new double[0],
                    new double[0], false, Double.NaN) : new CurveFigure.Curve(keys.get(s), labelValues[s], colours[s],
                    run.x(s), run.smoothedLoss(s), run.diverged(s), run.finalLoss(s)));
        }
        return curves;
    }

    /** For tests: the model, the figures and the runs. */
    SchedulesModel model() {
        return model;
    }

    CurveFigure rateFigure() {
        return rateFigure;
    }

    CurveFigure lossFigure() {
        return lossFigure;
    }

    CurveFigure sketchFigure() {
        return sketchFigure;
    }

    LossRun scheduleRun() {
        return scheduleRun;
    }

    LossRun sketchRun() {
        return sketchRun;
    }
}
