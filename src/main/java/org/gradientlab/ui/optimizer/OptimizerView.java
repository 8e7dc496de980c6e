package org.gradientlab.ui.optimizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.ui.kit.layout.FigureScroll;
import org.gradientlab.ui.export.WriteFailureText;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.optimizer.OptimizerLabModel.Layout;
import org.gradientlab.ui.kit.text.Message;

/**
 * The optimizer lab's screen: playback on top, the plots with their caption and the results
 * table in the middle, and on the right the layout, surface, runs, state and exports.
 * The figure (plots and caption) is what File → Export writes.
 */
final class OptimizerView extends BorderPane {
    /** Asks where to save: suggested file name and extension ("csv", "gif") → the path, or empty. */
    interface FileTarget extends BiFunction<String, String, Optional<Path>> {
    }

    private final OptimizerLabModel model;
    private final I18n i18n;
    private final FileTarget files;
    private final PlotArea plots;
    private final FigureViews views;
    private final VBox figure;
    private final StatePanel state;
    private final Label exportStatus = new Label();
    private final GifRecorder gif;
    private final ScrollPane controls;
    private final TitledPane results;

    OptimizerView(OptimizerLabModel model, I18n i18n, FileTarget files) {
        this.model = model;
        this.i18n = i18n;
        this.files = files;
        getStyleClass().add("optimizer-lab");
        setId("lab-optimizer");

        plots = new PlotArea(model, i18n);
        Label caption = new Label();
        caption.setId("optimizer-caption");
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(FigureCaption.of(model, i18n));
        views = new FigureViews(model, i18n, plots);
        figure = new VBox(views, caption);
        figure.getStyleClass().add("figure");
        VBox.setVgrow(views, Priority.ALWAYS);
        gif = new GifRecorder(model, figure);

        // Collapsible, so a projector can give its height to the plot.
        results = new TitledPane(null, new ResultsTable(model, i18n));
        results.textProperty().bind(i18n.label("optimizer.results"));
        results.setId("optimizer-results-pane");
        results.setAnimated(false);
        VBox middle = new VBox(figure, results);
        middle.getStyleClass().add("middle");
        VBox.setVgrow(figure, Priority.ALWAYS);

        state = new StatePanel(model, i18n);
        // Most used first: which runs, what the chosen one does now, its knobs; then the surface.
        RunControls runs = new RunControls(model, i18n);
        TakeApartPanel takeApart = new TakeApartPanel(model, i18n);
        VBox side = new VBox(layoutBar(), new DimensionBar(model, i18n), runs.list(), takeApart, state, runs.settings(),
                new SurfaceControls(model, i18n), new NoiseControls(model, i18n), new RacePanel(model, i18n),
                exportBar());
        side.getStyleClass().add("side");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        controls = scroll;

        // A divider, not a fixed side: with large text (presentation mode) the plot keeps its room.
        // Scrolls once large text makes the caption and results taller than the window (issue 15.2).
        ScrollPane middleScroll = FigureScroll.around(middle);
        SplitPane split = new SplitPane(middleScroll, scroll);
        split.getStyleClass().add("lab-split");
        SplitPane.setResizableWithParent(scroll, false);
        split.setDividerPositions(0.72);
        PlaybackBar playback = new PlaybackBar(model, i18n);
        playback.getChildren().add(takeApart.toggle());
        setTop(playback);
        setCenter(split);
    }

    /** Plots and caption: the exported figure. */
    Node figure() {
        plots.prepareForExport();
        return figure;
    }

    /** The side column and the results table, which presentation mode folds away. */
    java.util.List<Node> controls() {
        return java.util.List.of(controls, results);
    }

    PlotArea plots() {
        return plots;
    }

    FigureViews views() {
        return views;
    }

    StatePanel state() {
        return state;
    }

    private FlowPane layoutBar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton overlay = new ToggleButton();
        overlay.setId("optimizer-layout-overlay");
        overlay.textProperty().bind(i18n.label("optimizer.layout.overlay"));
        overlay.setUserData(Layout.OVERLAY);
        ToggleButton multiples = new ToggleButton();
        multiples.setId("optimizer-layout-multiples");
        multiples.textProperty().bind(i18n.label("optimizer.layout.multiples"));
        multiples.setUserData(Layout.SMALL_MULTIPLES);
        for (ToggleButton b : new ToggleButton[] {overlay, multiples}) {
            b.setToggleGroup(group);
            b.setSelected(b.getUserData() == model.layoutProperty().get());
            b.setFocusTraversable(false);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always on
            } else {
                model.layoutProperty().set((Layout) now.getUserData());
            }
        });
        model.layoutProperty().addListener((obs, old, now) -> (now == Layout.OVERLAY ? overlay : multiples).setSelected(true));

        Button book = new Button();
        book.setId("optimizer-book-setup");
        book.textProperty().bind(i18n.label("optimizer.book-setup"));
        book.setOnAction(e -> model.bookSetup());
        book.setFocusTraversable(false);
        // Wraps rather than cuts its labels when the side is narrow or the text large.
        FlowPane bar = new FlowPane(6, 6, overlay, multiples, book);
        bar.getStyleClass().add("layout-bar");
        return bar;
    }

    private VBox exportBar() {
        Button csv = new Button();
        csv.setId("optimizer-export-csv");
        csv.textProperty().bind(i18n.label("optimizer.export.csv"));
        csv.setOnAction(e -> files.apply("trajectories.csv", "csv").ifPresent(this::writeCsv));
        Button animation = new Button();
        animation.setId("optimizer-export-gif");
        animation.textProperty().bind(i18n.label("optimizer.export.gif"));
        animation.setOnAction(e -> files.apply("trajectories.gif", "gif").ifPresent(this::writeGif));
        for (Button b : new Button[] {csv, animation}) {
            b.setFocusTraversable(false);
        }
        exportStatus.setId("optimizer-export-status");
        exportStatus.getStyleClass().add("muted");
        exportStatus.setWrapText(true);
        Label heading = new Label();
        heading.textProperty().bind(i18n.label("optimizer.export"));
        heading.getStyleClass().add("section-heading");
        VBox box = new VBox(6, heading, new FlowPane(6, 6, csv, animation), exportStatus);
        box.getStyleClass().add("control-section");
        return box;
    }

    /** Writes the shown runs' paths; true on success, else the status line says why. */
    boolean writeCsv(Path target) {
        try {
            AtomicWrite.writeText(target, out -> TrajectoryCsv.write(out, model.enabledRuns()));
            i18n.bind(exportStatus.textProperty(), "optimizer.export.saved", target.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            i18n.bind(exportStatus.textProperty(), WriteFailureText.failed("optimizer.export.failed", target, e));
            return false;
        }
    }

    /** Records the play-through to {@code target}; {@code done} hears null or the failure. */
    void writeGif(Path target, java.util.function.Consumer<Exception> done) {
        int frames = GifRecorder.frameSteps(model.steps()).size();
        gif.record(target, taken -> i18n.bind(exportStatus.textProperty(), "optimizer.export.recording", taken, frames),
                failure -> {
                    i18n.bind(exportStatus.textProperty(), failure == null
                            ? Message.of("optimizer.export.saved", target.getFileName())
                            : WriteFailureText.failed("optimizer.export.failed", target, failure));
                    done.accept(failure);
                });
    }

    private void writeGif(Path target) {
        writeGif(target, failure -> { });
    }
}
