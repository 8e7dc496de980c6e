package org.gradientlab.ui.init;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.gradientlab.core.experiment.probe.LayerStatisticsCsv;
import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.export.WriteFailureText;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;
import org.gradientlab.ui.kit.text.Message;

/**
 * The initialization lab (issue 6; book 6.2, figures 6-10 to 6-14): per-layer activation
 * histograms that follow the weight init, the activation and the network's size live, with
 * health cues, the backward pass, an explanation, the book's four panels and an A/B pin.
 * The figure (caption and histograms) is what the shell exports.
 */
public final class InitLab extends LazyLab {
    public static final LabSpec SPEC = new LabSpec("init", "lab.init.title", "/css/init-lab.css");

    private final I18n i18n;
    /** Made on first use: its first figure runs the probe, seconds while the JIT is cold at start-up. */
    private final Supplier<InitLabModel> modelFactory;
    private InitLabModel model;
    private VBox figure;
    private final Label caption = new Label();
    private final StackPane content = new StackPane();
    private ResultStrip liveStrip;
    private ResultStrip pinnedStrip;
    private HBox compare;
    private GridPane bookGrid;
    private ScrollPane controls;
    private ExplainPanel explain;
    private final List<ResultStrip> bookStrips = new ArrayList<>();
    /** Titles of the book panels, in the order of {@link InitSettings#bookFigures}. */
    private static final List<String> BOOK_TITLES = List.of("init.book.fig-6-10", "init.book.fig-6-11",
            "init.book.fig-6-13", "init.book.fig-6-14");

    public InitLab(I18n i18n) {
        this(i18n, InitLabModel::new);
    }

    InitLab(I18n i18n, InitLabModel model) {
        this(i18n, () -> model);
    }

    private InitLab(I18n i18n, Supplier<InitLabModel> modelFactory) {
        super(SPEC);
        this.i18n = i18n;
        this.modelFactory = modelFactory;
    }

    /** The lab's whole setup, for saved scenes; it has no pages. */
    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model()) : Optional.empty();
    }

    InitLabModel model() {
        if (model == null) {
            model = modelFactory.get();
        }
        return model;
    }

    /** Switches the live setting to {@code activation}, as the activation buttons do (other labs send it). */
    public void useActivation(Activation activation) {
        model().setActivation(activation);
    }

    /** The caption and the histograms, their plots painted at the export scale until the next pulse. */
    @Override
    public Node exportNode() {
        view();
        figure.lookupAll(".plot-canvas").forEach(plot -> ((PlotCanvas) plot).prepareForExport());
        return figure;
    }

    /** The settings column and the explanation under the figure, which presentation mode folds away. */
    @Override
    public List<Node> controlColumns() {
        view();
        return List.of(controls, explain);
    }

    /** Back to the book's first figure (sigmoid, std 1, 5 × 100), no pin, no book figure. */
    @Override
    public void reset() {
        if (model == null) {
            return;  // never used: already at the book's first figure
        }
        model.reset();
    }

    @Override
    protected void viewCreated() {
        refresh();
    }

    @Override
    protected BorderPane createView() {
        liveStrip = new ResultStrip(i18n, "live");
        pinnedStrip = new ResultStrip(i18n, "pinned");
        // The live strip stays in this box in every mode but the book's; A and its separator
        // join it while a setting is pinned.
        Separator divider = new Separator(Orientation.VERTICAL);
        compare = new HBox(pinnedStrip, divider, liveStrip);
        compare.getStyleClass().add("compare");
        for (Node side : List.of(pinnedStrip, divider)) {
            side.managedProperty().bind(side.visibleProperty());
            side.visibleProperty().bind(model().pinnedProperty().isNotNull());
        }
        HBox.setHgrow(pinnedStrip, Priority.ALWAYS);
        HBox.setHgrow(liveStrip, Priority.ALWAYS);
        bookGrid = new GridPane();
        bookGrid.getStyleClass().add("book-grid");
        for (int i = 0; i < 4; i++) {
            ResultStrip strip = new ResultStrip(i18n, "book-" + i);
            strip.showReasons(false);
            GridPane.setHgrow(strip, Priority.ALWAYS);
            GridPane.setVgrow(strip, Priority.ALWAYS);
            bookGrid.add(strip, i % 2, i / 2);
            bookStrips.add(strip);
        }
        caption.getStyleClass().add("figure-caption");
        caption.setId("init-caption");
        caption.setWrapText(true);
        figure = new VBox(caption, content);
        figure.getStyleClass().add("init-figure");
        figure.setId("init-figure");
        VBox.setVgrow(content, Priority.ALWAYS);

        controls = new ScrollPane(new ControlsPane(i18n, model(), this::exportCsv));
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.getStyleClass().add("init-controls-scroll");
        explain = new ExplainPanel(i18n, model());
        VBox center = new VBox(figure, explain);
        center.getStyleClass().add("init-center");
        VBox.setVgrow(figure, Priority.ALWAYS);

        BorderPane root = new BorderPane(center);
        root.setLeft(controls);
        root.getStyleClass().add("init-lab");
        root.setId("lab-init");

        model().liveProperty().addListener((o, a, b) -> refresh());
        model().pinnedProperty().addListener((o, a, b) -> refresh());
        model().bookProperty().addListener((o, a, b) -> refresh());
        model().sharedScaleProperty().addListener((o, a, b) -> refresh());
        model().showGradientsProperty().addListener((o, a, b) -> refresh());
        return root;
    }

    /** Puts the figure of the current mode in place: the book's four panels, A/B, or the live setting. */
    private void refresh() {
        boolean shared = model().sharedScaleProperty().get();
        boolean gradients = model().showGradientsProperty().get();
        ProbeOutcome live = model().liveProperty().get();
        ProbeOutcome pinned = model().pinnedProperty().get();
        List<ProbeOutcome> book = model().bookProperty().get();
        Node shown;
        if (book.size() == bookStrips.size()) {
            for (int i = 0; i < book.size(); i++) {
                ResultStrip strip = bookStrips.get(i);
                strip.show(book.get(i), shared, false);
                InitSettings panel = book.get(i).settings();
                i18n.bind(strip.title().textProperty(), "init.book.panel", Message.of(BOOK_TITLES.get(i)),
                        Message.of(ExplainPanel.activationKey(panel.activation())), Captions.init(panel));
            }
            i18n.bind(caption.textProperty(), "init.caption.book", Captions.sizes(book.get(0).settings()));
            shown = bookGrid;
        } else if (pinned != null) {
            pinnedStrip.show(pinned, shared, gradients);
            liveStrip.show(live, shared, gradients);
            i18n.bind(pinnedStrip.title().textProperty(), "init.compare.a", Captions.settings(pinned.settings()));
            i18n.bind(liveStrip.title().textProperty(), "init.compare.b", Captions.settings(live.settings()));
            liveStrip.title().setVisible(true);
            i18n.bind(caption.textProperty(), "init.caption.compare");
            shown = compare;
        } else {
            liveStrip.show(live, shared, gradients);
            liveStrip.title().setVisible(false);
            i18n.bind(caption.textProperty(), Captions.settings(live.settings()));
            shown = compare;
        }
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != shown) {
            content.getChildren().setAll(shown);
        }
    }

    /** The live setting's per-layer statistics, the columns of the `activations` command. */
    String csv() {
        return LayerStatisticsCsv.of(model().liveProperty().get().result().activations());
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("init.csv.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("init.csv.filter"), "*.csv"));
        InitSettings s = model().settings();
        chooser.setInitialFileName("activations-" + s.activation().cliName() + "-" + s.weightInit().label() + ".csv");
        File file = chooser.showSaveDialog(view().getScene().getWindow());
        if (file == null) {
            return;
        }
        exportCsvTo(file.toPath());
    }

    /** Writes the CSV to {@code target}; true on success, else an error dialog says why. */
    boolean exportCsvTo(Path target) {
        try {
            writeCsv(target);
            return true;
        } catch (IOException | RuntimeException e) {
            ButtonType ok = new ButtonType(i18n.text("button.ok"), ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ok);
            // The user's path and the reason in the UI's language, worded as the export dialog words them.
            alert.contentTextProperty().bind(i18n.label(WriteFailureText.failed("init.csv.error", target, e)));
            alert.headerTextProperty().bind(i18n.label("init.csv.title"));
            alert.getDialogPane().setId("init-csv-error");
            if (view().getScene() != null) {
                alert.initOwner(view().getScene().getWindow());
            }
            alert.show();
            return false;
        }
    }

    /** Writes {@link #csv()} to {@code target}; with the backward pass shown, the gradients beside it. */
    void writeCsv(Path target) throws IOException {
        AtomicWrite.writeString(target, csv());
        ProbeOutcome live = model().liveProperty().get();
        if (model().showGradientsProperty().get() && live.hasGradients()) {
            String name = target.getFileName().toString().replaceFirst("\\.csv$", "");
            AtomicWrite.writeString(target.resolveSibling(name + "-gradients.csv"),
                    LayerStatisticsCsv.of(live.result().gradients()));
        }
    }
}
