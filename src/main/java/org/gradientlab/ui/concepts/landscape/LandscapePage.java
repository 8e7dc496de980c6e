package org.gradientlab.ui.concepts.landscape;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LandscapeProgress;
import org.gradientlab.core.experiment.landscape.LandscapeResult;
import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.core.experiment.landscape.SliceScale;
import org.gradientlab.ui.concepts.landscape.LandscapeModel.Status;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The loss-landscape page (issue 18): the book's MNIST net trained by SGD or Adam, with or
 * without batch norm, then its loss along the straight line from the initial to the final
 * weights (Goodfellow, Vinyals &amp; Saxe 2015) and over a slice around the final weights with
 * the training path projected onto it (Li et al. 2018). Space runs (or cancels), R resets.
 */
public final class LandscapePage extends LazyLab {
    public static final String ID = "landscape";
    public static final LabSpec SPEC = new LabSpec(ID, "concepts.landscape.title", "/css/concepts-landscape.css");

    private final I18n i18n;
    private final LandscapeModel model;
    private VBox figure;
    /** The paragraph under the plots, folded away in presentation mode. */
    private Label explain;
    private SliceChart slice;
    private SliceChart otherSlice;
    private CurvePlot line;

    public LandscapePage(I18n i18n) {
        this(i18n, new LandscapeModel());
    }

    LandscapePage(I18n i18n, LandscapeModel model) {
        super(SPEC);
        this.i18n = i18n;
        this.model = model;
    }

    LandscapeModel model() {
        return model;
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    /** The caption and both plots; not the controls. */
    @Override
    public Node exportNode() {
        view();
        slice.prepareForExport();
        otherSlice.prepareForExport();
        line.prepareForExport();
        return figure;
    }

    @Override
    public Optional<CompletionStage<Void>> runToEnd(int iterations) {
        view();
        return Optional.of(model.runToEnd(iterations));
    }

    @Override
    public void playPause() {
        if (model.statusProperty().get() == Status.RUNNING) {
            model.cancel();
        } else {
            model.run();
        }
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    protected BorderPane createView() {
        slice = new SliceChart();
        otherSlice = new SliceChart();
        otherSlice.setId("landscape-other-slice-chart");
        line = new CurvePlot(i18n);
        line.setId("landscape-line-chart");
        line.getStyleClass().add("landscape-chart");
        line.setLegend(CurvePlot.Legend.NONE);
        line.setAxisNames(i18n.label("concepts.landscape.axis.alpha"), i18n.label("concepts.landscape.axis.loss"));
        line.setEmptyText(i18n.label("concepts.landscape.empty.line"));
        line.setXRange(LandscapeConfig.alpha(0), LandscapeConfig.alpha(LandscapeConfig.LINE_POINTS - 1));
        line.setFitY(0, 1.1, 3);
        int group = line.addGroup(i18n.render(() -> net(model.config()), model.setupProperty()), 0);
        int lineCurve = line.addCurve(group, CurveStroke.BOLD);
        // The ends (θ₀ and θ₁) of both lines as neutral dots, apart from the lines' colours.
        int endsGroup = line.addGroup(null, CurvePlot.NEUTRAL);
        int ends = line.addCurve(endsGroup, CurveStroke.POINTS);
        int otherGroup = line.addGroup(i18n.render(() -> net(model.otherConfig()), model.setupProperty()), 1);
        int otherCurve = line.addCurve(otherGroup, CurveStroke.BOLD);
        int otherEnds = line.addCurve(endsGroup, CurveStroke.POINTS);

        Label caption = new Label();
        caption.setId("landscape-caption");
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.textProperty().bind(i18n.render(this::caption, model.resultProperty(), model.otherProperty(),
                model.setupProperty()));

        VBox first = column("landscape-head", slice, model::config);
        VBox second = column("landscape-other-head", otherSlice, model::otherConfig);
        var comparing = Bindings.createBooleanBinding(() -> model.setup().compare(), model.setupProperty());
        first.getChildren().get(0).visibleProperty().bind(comparing);
        first.getChildren().get(0).managedProperty().bind(comparing);
        second.visibleProperty().bind(comparing);
        second.managedProperty().bind(comparing);
        HBox plots = new HBox(first, second, line);
        plots.getStyleClass().add("run-page-row");
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.ALWAYS);
        HBox.setHgrow(line, Priority.ALWAYS);
        VBox.setVgrow(plots, Priority.ALWAYS);
        figure = new VBox(caption, plots);
        figure.setId("landscape-figure");
        figure.getStyleClass().add("run-page-figure");

        explain = new Label();
        explain.textProperty().bind(i18n.label("concepts.landscape.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("run-page-paragraph");
        VBox center = new VBox(figure, explain);
        center.getStyleClass().add("run-page-center");
        VBox.setVgrow(figure, Priority.ALWAYS);

        ScrollPane controls = new ScrollPane(controls());
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.getStyleClass().add("run-page-controls-scroll");

        BorderPane root = new BorderPane(center);
        root.setLeft(controls);
        root.setId("lab-" + ID);
        root.getStyleClass().add("landscape-page");

        Runnable draw = () -> {
            LandscapeResult r = model.resultProperty().get();
            LandscapeResult o = model.otherProperty().get();
            boolean compare = model.setup().compare();
            List<LandscapeResult.Grid> grids = lines(r, o).stream().map(LandscapeResult::grid).toList();
            SliceScale shared = grids.isEmpty() ? null : SliceScale.of(grids);
            slice.show(r, r == null ? null : shared, 0);
            otherSlice.show(o, o == null ? null : shared, 1);
            texts(slice, r);
            texts(otherSlice, o);
            line.setLegend(compare ? CurvePlot.Legend.BELOW : CurvePlot.Legend.NONE);
            // A batch-norm net's start is far above the rest: a log axis keeps both ends readable.
            line.logYProperty().set(LandscapeResult.logLine(lines(r, compare ? o : null)));
            points(lineCurve, ends, r);
            points(otherCurve, otherEnds, compare ? o : null);
        };
        for (ObservableValue<?> o : List.of(model.resultProperty(), model.otherProperty(), model.setupProperty(),
                i18n.languageProperty())) {
            o.addListener((obs, a, b) -> draw.run());
        }
        draw.run();
        return root;
    }

    /** A slice under its heading, the net it shows (while two are compared). */
    private VBox column(String id, SliceChart chart, java.util.function.Supplier<LandscapeConfig> net) {
        Label head = new Label();
        head.setId(id);
        head.getStyleClass().add("section-title");
        head.textProperty().bind(i18n.render(() -> net(net.get()), model.setupProperty()));
        VBox column = new VBox(4, head, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return column;
    }

    /** The slice's axis names (the PCA's shares, once measured) and its empty text. */
    private void texts(SliceChart chart, LandscapeResult r) {
        boolean pca = r == null ? PlaneKind.PCA.id().equals(model.setup().plane())
                : r.config().plane() == PlaneKind.PCA;
        chart.setTexts(pca ? i18n.text("concepts.landscape.axis.pc1", explained(r, 0))
                        : i18n.text("concepts.landscape.axis.d1"),
                pca ? i18n.text("concepts.landscape.axis.pc2", explained(r, 1))
                        : i18n.text("concepts.landscape.axis.d2"),
                i18n.text("concepts.landscape.empty.slice"));
    }

    /** The line θ(α) of {@code r} and its two ends, or nothing. */
    private void points(int curve, int ends, LandscapeResult r) {
        if (r == null) {
            line.setPoints(curve, new double[0], new double[0]);
            line.setPoints(ends, new double[0], new double[0]);
        } else {
            line.setPoints(curve, r.line().alphas(), r.line().losses());
            line.setPoints(ends, new double[] {0, 1}, new double[] {r.initialLoss(), r.finalLoss()});
        }
    }

    /** The results whose lines are on show. */
    private static List<LandscapeResult> lines(LandscapeResult first, LandscapeResult second) {
        return java.util.stream.Stream.of(first, second).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The line's notes: why a batch-norm net's start is so high (the first such net on show), and
     * that the loss axis is logarithmic when it is; empty otherwise.
     */
    private String lineNotes(List<LandscapeResult> shown) {
        StringBuilder notes = new StringBuilder();
        shown.stream().filter(x -> x.config().batchNorm()).findFirst().ifPresent(bn -> notes.append(' ')
                .append(i18n.text("concepts.landscape.caption.bn-start", net(bn.config()),
                        Num.format(bn.initialLoss()), Num.format(LandscapeResult.ZERO_VARIANCE_GAIN),
                        Num.format(LandscapeResult.LOSS_CEILING, 3))));
        if (LandscapeResult.logLine(shown)) {
            notes.append(' ').append(i18n.text("concepts.landscape.caption.log"));
        }
        return notes.toString();
    }

    /** "SGD lr 0.01", "Adam lr 0.001 with batch normalization". */
    private String net(LandscapeConfig c) {
        return i18n.text(c.batchNorm() ? "concepts.landscape.net.bn" : "concepts.landscape.net",
                c.optimizer() == org.gradientlab.core.optim.OptimizerKind.ADAM ? "Adam" : "SGD",
                Num.format(c.optimizerSettings().learningRate()));
    }

    /** The settings column and the paragraph under the plots, which presentation mode folds away. */
    @Override
    public List<Node> controlColumns() {
        BorderPane root = (BorderPane) view();
        return List.of(root.getLeft(), explain);
    }

    private static String explained(LandscapeResult r, int axis) {
        return r == null || Double.isNaN(r.explained()[axis]) ? "…" : Num.percent(r.explained()[axis], 1);
    }

    private VBox controls() {
        ToggleGroup optimizers = new ToggleGroup();
        RadioButton sgd = radio("landscape-sgd", "concepts.landscape.sgd", optimizers, "sgd");
        RadioButton adam = radio("landscape-adam", "concepts.landscape.adam", optimizers, "adam");
        CheckBox batchNorm = new CheckBox();
        batchNorm.setId("landscape-batch-norm");
        batchNorm.textProperty().bind(i18n.label("concepts.landscape.batch-norm"));
        ToggleGroup planes = new ToggleGroup();
        RadioButton pca = radio("landscape-pca", "concepts.landscape.plane.pca", planes, PlaneKind.PCA.id());
        RadioButton random = radio("landscape-random", "concepts.landscape.plane.random", planes,
                PlaneKind.RANDOM.id());
        CheckBox compare = new CheckBox();
        compare.setId("landscape-compare");
        compare.setWrapText(true);
        compare.textProperty().bind(i18n.label("concepts.landscape.compare"));
        ToggleGroup otherOptimizers = new ToggleGroup();
        RadioButton otherSgd = radio("landscape-other-sgd", "concepts.landscape.compare.sgd", otherOptimizers, "sgd");
        RadioButton otherAdam = radio("landscape-other-adam", "concepts.landscape.compare.adam", otherOptimizers,
                "adam");
        CheckBox otherBatchNorm = new CheckBox();
        otherBatchNorm.setId("landscape-other-batch-norm");
        otherBatchNorm.textProperty().bind(i18n.label("concepts.landscape.compare.batch-norm"));
        Runnable sync = () -> {
            LandscapeSetup s = model.setup();
            (s.optimizer().equals("adam") ? adam : sgd).setSelected(true);
            batchNorm.setSelected(s.batchNorm());
            (s.plane().equals(PlaneKind.RANDOM.id()) ? random : pca).setSelected(true);
            compare.setSelected(s.compare());
            (s.compareOptimizer().equals("adam") ? otherAdam : otherSgd).setSelected(true);
            otherBatchNorm.setSelected(s.compareBatchNorm());
        };
        sync.run();
        model.setupProperty().addListener((o, a, b) -> sync.run());
        optimizers.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setOptimizer((String) b.getUserData());
            }
        });
        planes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setPlane((String) b.getUserData());
            }
        });
        batchNorm.selectedProperty().addListener((o, a, b) -> model.setBatchNorm(b));
        otherOptimizers.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setCompareOptimizer((String) b.getUserData());
            }
        });
        compare.selectedProperty().addListener((o, a, b) -> model.setCompare(b));
        otherBatchNorm.selectedProperty().addListener((o, a, b) -> model.setCompareBatchNorm(b));

        Button run = button("landscape-run", "concepts.landscape.run", model::run);
        Button cancel = button("landscape-cancel", "concepts.landscape.cancel", model::cancel);
        ProgressBar bar = new ProgressBar();
        bar.setId("landscape-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        var running = Bindings.equal(model.statusProperty(), Status.RUNNING);
        run.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        for (Node setting : List.of(sgd, adam, batchNorm, pca, random, compare)) {
            setting.disableProperty().bind(running);
        }
        var otherOff = running.or(compare.selectedProperty().not());
        for (Node setting : List.of(otherSgd, otherAdam, otherBatchNorm)) {
            setting.disableProperty().bind(otherOff);
        }
        Label status = new Label();
        status.setId("landscape-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("run-page-status");
        status.textProperty().bind(i18n.render(this::status, model.statusProperty(), model.stepProperty(),
                model.errorProperty()));
        Label setup = new Label();
        setup.setWrapText(true);
        setup.setMinHeight(Region.USE_PREF_SIZE);
        setup.getStyleClass().add("run-page-setup");
        // The study's size follows a snapshot run's shorter training (its status changes with it).
        setup.textProperty().bind(i18n.render(() -> {
            LandscapeConfig c = model.config();
            return i18n.text("concepts.landscape.setup", c.iterations(), LandscapeConfig.BATCH_SIZE, c.grid(),
                    c.images());
        }, model.statusProperty()));
        VBox box = new VBox(title("concepts.landscape.section.net"), sgd, adam, batchNorm,
                title("concepts.landscape.section.plane"), pca, random, title("concepts.landscape.section.compare"),
                compare, otherSgd, otherAdam, otherBatchNorm, new HBox(run, cancel), bar, status, setup);
        box.getStyleClass().add("run-page-controls");
        return box;
    }

    private String status() {
        LandscapeProgress p = model.stepProperty().get();
        return switch (model.statusProperty().get()) {
            case IDLE -> i18n.text("concepts.landscape.status.idle");
            case RUNNING -> p == null ? i18n.text("concepts.landscape.status.loading")
                    : i18n.text(p.phase() == LandscapeProgress.Phase.TRAINING ? "concepts.landscape.status.training"
                            : "concepts.landscape.status.measuring", Num.integer(p.done()), Num.integer(p.total()));
            case DONE -> i18n.text("concepts.landscape.status.done");
            case CANCELLED -> i18n.text("concepts.landscape.status.cancelled");
            case FAILED -> i18n.text("concepts.landscape.status.failed", model.errorProperty().get());
        };
    }

    private String caption() {
        LandscapeResult r = model.resultProperty().get();
        if (r == null) {
            return i18n.text("concepts.landscape.caption.empty");
        }
        LandscapeConfig c = r.config();
        String head = i18n.text("concepts.landscape.caption.head", net(c), Num.integer(c.iterations()),
                Num.integer(c.images()), Num.format(r.initialLoss()), Num.format(r.finalLoss()));
        LandscapeResult o = model.otherProperty().get();
        if (model.setup().compare() && o != null) {
            return head + " " + i18n.text("concepts.landscape.caption.other", net(o.config()),
                    Num.format(o.initialLoss()), Num.format(o.finalLoss())) + " "
                    + i18n.text("concepts.landscape.caption.compare", net(c), net(o.config()))
                    + lineNotes(lines(r, o));
        }
        String plane = c.plane() == PlaneKind.PCA
                ? i18n.text("concepts.landscape.caption.pca", c.grid(), Num.percent(r.explained()[0], 1),
                        Num.percent(r.explained()[1], 1))
                : i18n.text("concepts.landscape.caption.random", c.grid(), Num.format(c.span()));
        return head + " " + plane + " " + i18n.text("concepts.landscape.caption.line") + lineNotes(List.of(r));
    }

    private RadioButton radio(String id, String key, ToggleGroup group, String value) {
        RadioButton radio = new RadioButton();
        radio.setId(id);
        radio.textProperty().bind(i18n.label(key));
        radio.setToggleGroup(group);
        radio.setUserData(value);
        radio.setWrapText(true);
        return radio;
    }

    private Label title(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.label(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
