package org.gradientlab.ui.concepts.conv;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.conv.ConvDemo;
import org.gradientlab.core.concepts.conv.ConvLayer;
import org.gradientlab.core.concepts.conv.DemoPlan;
import org.gradientlab.core.concepts.conv.LayerGeometry;
import org.gradientlab.ui.kit.layout.FigureScroll;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * Conv arithmetic (issue 8, CS231n lecture 7): a convolution or max-pooling layer's output size,
 * parameters and operations with the formulas substituted, a clear message when the windows do
 * not fit, and the filter sliding over a small worked example. The figure (caption, numbers,
 * grid and the cell's computation) is what the shell exports.
 */
public final class ConvPage extends LazyLab {
    public static final String ID = "conv";
    public static final LabSpec SPEC = new LabSpec(ID, "concepts.conv.title", "/css/concepts-conv.css");

    private final I18n i18n;
    private final ConvPageModel model = new ConvPageModel();
    private VBox figure;
    private ConvGrid grid;
    private final Label caption = new Label();
    private final Label demoNote = new Label();
    private final Label expression = new Label();

    public ConvPage(I18n i18n) {
        super(SPEC);
        this.i18n = i18n;
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    ConvPageModel model() {
        return model;
    }

    @Override
    protected void viewCreated() {
        init();
    }

    @Override
    protected BorderPane createView() {
        ConvControls controls = new ConvControls(model, i18n);
        ScrollPane controlsScroll = new ScrollPane(controls);
        controlsScroll.setFitToWidth(true);
        controlsScroll.getStyleClass().add("conv-controls-scroll");

        caption.setId("conv-caption");
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        // Its whole text at any size: at 200 % text it needs two lines, which the figure squeezed to one and cut.
        caption.setMinHeight(Label.USE_PREF_SIZE);
        demoNote.setId("conv-demo-note");
        demoNote.getStyleClass().add("conv-demo-note");
        demoNote.setWrapText(true);
        expression.setId("conv-expression");
        expression.getStyleClass().add("conv-expression");
        expression.setWrapText(true);
        expression.setMinHeight(Label.USE_PREF_SIZE);
        grid = new ConvGrid();
        grid.setId("conv-grid");
        grid.inputTitleProperty().bind(i18n.label("concepts.conv.demo.input"));
        grid.paddedInputTitleProperty().bind(i18n.label("concepts.conv.demo.input-padded"));
        grid.filterTitleProperty().bind(i18n.label("concepts.conv.demo.filter", ConvDemo.BIAS));
        grid.outputTitleProperty().bind(i18n.label("concepts.conv.demo.output"));
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setOnPick(model::seek);

        figure = new VBox(caption, new ConvResults(model, i18n), demoNote, grid, expression);
        figure.getStyleClass().add("conv-figure");
        ConvPlayback playback = new ConvPlayback(model, i18n);
        // The figure scrolls at large text sizes, so the playback bar stays in the window (15.2).
        ScrollPane figureScroll = FigureScroll.around(figure);
        VBox right = new VBox(figureScroll, playback);
        right.getStyleClass().add("conv-right");
        VBox.setVgrow(figureScroll, Priority.ALWAYS);

        BorderPane root = new BorderPane(right);
        root.setLeft(controlsScroll);
        root.getStyleClass().add("conv-page");
        root.setId("lab-" + ID);
        return root;
    }

    private void init() {
        model.demoProperty().addListener((o, was, is) -> showDemo());
        model.stepProperty().addListener((o, was, is) -> showDemo());
        model.layerProperty().addListener((o, was, is) -> showCaption());
        showCaption();
        showDemo();
    }

    private void showCaption() {
        LayerGeometry layer = model.layerProperty().get();
        if (layer == null) {
            return; // the caption keeps describing the figure still on show
        }
        caption.textProperty().bind(i18n.render(() -> captionText(layer)));
    }

    private String captionText(LayerGeometry layer) {
        String text = layer instanceof ConvLayer c
                ? i18n.text("concepts.conv.caption.conv", c.inputShape(), c.outputShape(), c.filters(), c.filter(),
                        c.stride(), c.padding())
                : i18n.text("concepts.conv.caption.pool", layer.inputShape(), layer.outputShape(), layer.filter(),
                        layer.stride());
        return layer.fits() ? text : text + " " + i18n.text("concepts.conv.caption.misfit");
    }

    private void showDemo() {
        ConvDemo demo = model.demoProperty().get();
        DemoPlan plan = demo.plan();
        String key = plan.sameSize() ? "concepts.conv.demo.same"
                : plan.filterReduced() || plan.strideReduced() || plan.paddingReduced() ? "concepts.conv.demo.reduced"
                : "concepts.conv.demo.small";
        demoNote.textProperty().bind(i18n.render(() -> {
            String note = i18n.text(key + (plan.pooling() ? "-pool" : ""), plan.filter(), plan.stride(),
                    plan.padding(), plan.width(), plan.height());
            return demo.coversInput() ? note : note + " " + i18n.text("concepts.conv.demo.uncovered");
        }));
        int[] cell = model.currentCell();
        i18n.bind(expression.textProperty(), plan.pooling() ? "concepts.conv.demo.max" : "concepts.conv.demo.dot",
                cell[0] + 1, cell[1] + 1, demo.expression(cell[0], cell[1]));
        grid.show(demo, model.stepProperty().get());
    }

    /** The caption, the numbers and the grid, painted at export resolution for the snapshot. */
    @Override
    public Node exportNode() {
        view();
        grid.prepareForExport();
        return figure;
    }

    @Override
    public void playPause() {
        model.playPause();
    }

    @Override
    public void step() {
        model.stepForward();
    }

    @Override
    public void reset() {
        model.reset();
    }
}
