package org.gradientlab.ui.concepts.landscape;

import java.util.List;
import java.util.Optional;

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
    private SliceChart slice;
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
        line.prepareForExport();
        return figure;
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
        line = new CurvePlot(i18n);
        line.setId("landscape-line-chart");
        line.getStyleClass().add("landscape-chart");
        line.setLegend(CurvePlot.Legend.NONE);
        line.setAxisNames(i18n.label("concepts.landscape.axis.alpha"), i18n.label("concepts.landscape.axis.loss"));
        line.setEmptyText(i18n.label("concepts.landscape.empty.line"));
        line.setXRange(LandscapeConfig.alpha(0), LandscapeConfig.alpha(LandscapeConfig.LINE_POINTS - 1));
        line.setFitY(0, 1.1, 3);
        int lineCurve = line.addCurve(line.addGroup(null, 0), CurveStroke.BOLD);
        int ends = line.addCurve(line.addGroup(null, 1), CurveStroke.POINTS);

        Label caption = new Label();
        caption.setId("landscape-caption");
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.textProperty().bind(i18n.render(this::caption, model.resultProperty()));

        HBox plots = new HBox(slice, line);
        plots.getStyleClass().add("landscape-plots");
        HBox.setHgrow(slice, Priority.ALWAYS);
        HBox.setHgrow(line, Priority.ALWAYS);
        VBox.setVgrow(plots, Priority.ALWAYS);
        figure = new VBox(caption, plots);
        figure.setId("landscape-figure");
        figure.getStyleClass().add("landscape-figure");

        Label explain = new Label();
        explain.textProperty().bind(i18n.label("concepts.landscape.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("landscape-paragraph");
        VBox center = new VBox(figure, explain);
        center.getStyleClass().add("landscape-center");
        VBox.setVgrow(figure, Priority.ALWAYS);

        ScrollPane controls = new ScrollPane(controls());
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.getStyleClass().add("landscape-controls-scroll");

        BorderPane root = new BorderPane(center);
        root.setLeft(controls);
        root.setId("lab-" + ID);
        root.getStyleClass().add("landscape-page");

        Runnable draw = () -> {
            LandscapeResult r = model.resultProperty().get();
            slice.show(r);
            boolean pca = r == null ? PlaneKind.PCA.id().equals(model.setup().plane())
                    : r.config().plane() == PlaneKind.PCA;
            slice.setTexts(pca ? i18n.text("concepts.landscape.axis.pc1", explained(r, 0))
                            : i18n.text("concepts.landscape.axis.d1"),
                    pca ? i18n.text("concepts.landscape.axis.pc2", explained(r, 1))
                            : i18n.text("concepts.landscape.axis.d2"),
                    i18n.text("concepts.landscape.empty.slice"));
            if (r == null) {
                line.setPoints(lineCurve, new double[0], new double[0]);
                line.setPoints(ends, new double[0], new double[0]);
            } else {
                line.setPoints(lineCurve, r.line().alphas(), r.line().losses());
                line.setPoints(ends, new double[] {0, 1}, new double[] {r.initialLoss(), r.finalLoss()});
            }
        };
        for (ObservableValue<?> o : List.of(model.resultProperty(), model.setupProperty(), i18n.languageProperty())) {
            o.addListener((obs, a, b) -> draw.run());
        }
        draw.run();
        return root;
    }

    /** The settings column and the paragraph under the plots, which presentation mode folds away. */
    @Override
    public List<Node> controlColumns() {
        BorderPane root = (BorderPane) view();
        return List.of(root.getLeft(), root.lookup(".landscape-paragraph"));
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
        Runnable sync = () -> {
            LandscapeSetup s = model.setup();
            (s.optimizer().equals("adam") ? adam : sgd).setSelected(true);
            batchNorm.setSelected(s.batchNorm());
            (s.plane().equals(PlaneKind.RANDOM.id()) ? random : pca).setSelected(true);
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

        Button run = button("landscape-run", "concepts.landscape.run", model::run);
        Button cancel = button("landscape-cancel", "concepts.landscape.cancel", model::cancel);
        ProgressBar bar = new ProgressBar();
        bar.setId("landscape-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        var running = Bindings.equal(model.statusProperty(), Status.RUNNING);
        run.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        for (Node setting : List.of(sgd, adam, batchNorm, pca, random)) {
            setting.disableProperty().bind(running);
        }
        Label status = new Label();
        status.setId("landscape-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("landscape-status");
        status.textProperty().bind(i18n.render(this::status, model.statusProperty(), model.stepProperty(),
                model.errorProperty()));
        LandscapeConfig c = model.config();
        Label setup = new Label();
        setup.setWrapText(true);
        setup.setMinHeight(Region.USE_PREF_SIZE);
        setup.getStyleClass().add("landscape-setup");
        setup.textProperty().bind(i18n.label("concepts.landscape.setup", c.iterations(), LandscapeConfig.BATCH_SIZE,
                c.grid(), c.images()));
        VBox box = new VBox(title("concepts.landscape.section.net"), sgd, adam, batchNorm,
                title("concepts.landscape.section.plane"), pca, random, new HBox(run, cancel), bar, status, setup);
        box.getStyleClass().add("landscape-controls");
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
        String net = i18n.text(c.batchNorm() ? "concepts.landscape.net.bn" : "concepts.landscape.net",
                c.optimizer() == org.gradientlab.core.optim.OptimizerKind.ADAM ? "Adam" : "SGD",
                Num.format(c.optimizerSettings().learningRate()));
        String head = i18n.text("concepts.landscape.caption.head", net, Num.integer(c.iterations()),
                Num.integer(c.images()), Num.format(r.initialLoss()), Num.format(r.finalLoss()));
        String plane = c.plane() == PlaneKind.PCA
                ? i18n.text("concepts.landscape.caption.pca", c.grid(), Num.percent(r.explained()[0], 1),
                        Num.percent(r.explained()[1], 1))
                : i18n.text("concepts.landscape.caption.random", c.grid(), Num.format(c.span()));
        return head + " " + plane + " " + i18n.text("concepts.landscape.caption.line");
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
