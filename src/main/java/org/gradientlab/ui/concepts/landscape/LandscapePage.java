package org.gradientlab.ui.concepts.landscape;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LandscapeResult;
import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.core.experiment.landscape.SliceScale;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.layout.RunPage;
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
        if (model.statusProperty().get() == LandscapeModel.Status.RUNNING) {
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

        explain = new RunPage(i18n).paragraph("concepts.landscape.explain");
        BorderPane root = new BorderPane(RunPage.center(figure, explain));
        root.setLeft(RunPage.controlsColumn(new LandscapeControls(i18n, model).view()));
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
}
