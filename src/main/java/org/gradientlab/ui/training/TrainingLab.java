package org.gradientlab.ui.training;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.ui.export.FigureExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.layout.FigureScroll;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The training lab: pick an experiment, edit its settings, start it and watch its curves grow.
 * The state lives in the {@link TrainingLabModel}; this view binds to it, draws its samples once
 * per frame and forwards the clicks.
 */
public final class TrainingLab extends LazyLab {
    public static final LabSpec SPEC = new LabSpec("training", "lab.training.title", "/css/training-lab.css");
    /** Its views for `snapshot --view`: curves, inside, compare. */
    public static final List<String> VIEWS = InsideSnapshot.VIEWS;
    private final I18n i18n;
    private final TrainingLabModel model;
    private final ParameterForm form;
    private final ProgressPanel progress;
    private final RunCharts charts;
    private final DigitGrid digits = new DigitGrid();
    private final ChoiceBox<String> digitsSeries = new ChoiceBox<>();
    private final RunHistory history;
    private final InsideView inside;
    private final InsideCompare compare;
    private VBox figure;
    /** The curves and Inside-the-net tabs; held, as a lookup does not reach into a scroll pane before its skin exists. */
    private TabPane views;

    /**
     * @param presetSettings the settings of each experiment preset (the book's, from the core)
     */
    public TrainingLab(I18n i18n, TrainingBackend backend, Function<Preset, TrainingParameters> presetSettings) {
        super(SPEC);
        this.i18n = i18n;
        this.model = new TrainingLabModel(backend, presetSettings);
        this.form = new ParameterForm(i18n, model);
        this.progress = new ProgressPanel(i18n, model);
        this.charts = new RunCharts(i18n);
        this.history = new RunHistory(i18n, model);
        this.inside = new InsideView(i18n, model);
        this.compare = new InsideCompare(i18n, model, inside);
    }

    /** The caption with the settings, the charts and the digits: what a figure shows. */
    @Override
    public Node exportNode() {
        view();
        return figure;
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    @Override
    protected BorderPane createView() {
        Button chooseData = button("training-data-choose", "training.data.choose");
        chooseData.setOnAction(e -> chooseDataDirectory());
        Button bundled = button("training-data-bundled", "training.data.bundled-button");
        bundled.setOnAction(e -> model.setDataDirectory(null));
        bundled.disableProperty().bind(model.dataDirectoryProperty().isNull());
        Label dataLabel = new Label();
        dataLabel.setId("training-data");
        dataLabel.setWrapText(true);
        dataLabel.textProperty().bind(i18n.render(() -> model.dataDirectoryProperty().get() == null
                ? i18n.text("training.data.bundled", Num.integer(60_000), Num.integer(10_000))
                : i18n.text("training.data.directory", model.dataDirectoryProperty().get()),
                model.dataDirectoryProperty()));
        history.view().disableProperty().bind(model.stateProperty().isNotEqualTo(RunState.FINISHED)
                .and(model.stateProperty().isNotEqualTo(RunState.IDLE)));
        Button exportCsv = button("training-export-csv", "training.runs.export-csv");
        exportCsv.setOnAction(e -> chooseCsvFolder());
        exportCsv.disableProperty().bind(history.view().disableProperty());
        VBox sidebar = new VBox(form.view(), sectionTitle("training.data.title"), dataLabel,
                new HBox(6, chooseData, bundled), sectionTitle("training.runs.title"), history.view(), exportCsv);
        sidebar.getStyleClass().add("sidebar");
        ScrollPane scroll = new ScrollPane(sidebar);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);

        Label caption = new Label();
        caption.setId("training-caption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.textProperty().bind(i18n.render(() -> model.captionedProperty().get() == null ? ""
                : Captions.settings(i18n, model.captionedProperty().get()), model.captionedProperty()));
        views = InsideTabs.of(i18n, charts.view(), compare.view());
        VBox.setVgrow(views, Priority.ALWAYS);
        // The charts keep a readable height (training-lab.css): at 1280 x 720 the digits under
        // them left each plot 35 px; now the figure scrolls down to the digits instead.
        views.getStyleClass().add("training-views");
        figure = new VBox(6, caption, views, digitsHeader(), digits.view());
        figure.getStyleClass().add("training-figure");

        BorderPane root = new BorderPane(FigureScroll.around(figure));
        root.setTop(progress.view());
        root.setLeft(scroll);
        root.getStyleClass().add("training-lab");
        root.setId("lab-training");
        bindCharts();
        return root;
    }

    /** The charts follow the model's layout and samples; the digits its predictions. */
    private void bindCharts() {
        model.chartProperty().addListener((o, was, is) -> {
            showChart(is);
            if (is.series.isEmpty()) {
                // Empty charts for new settings: the last run's digits and their chooser go too.
                digits.clear();
                digitsSeries.getItems().clear();
            }
        });
        model.samples().addListener((ListChangeListener<Progress>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    charts.accept(List.copyOf(change.getAddedSubList()));
                }
            }
            // A run's frames redraw at the charts' pace; a finished run ticked shows at once.
            if (model.isRunning()) {
                charts.refreshSoon();
            } else {
                charts.refresh();
            }
        });
        model.predictionsProperty().addListener((o, was, is) -> {
            if (is.isEmpty()) {
                digits.clear();
                if (!model.isRunning()) {
                    digitsSeries.getItems().clear();
                }
            } else {
                digits.show(is);
            }
        });
        model.runningProperty().addListener((o, was, is) -> {
            if (is != null) {
                digitsSeries.getItems().setAll(model.chartProperty().get().series.stream()
                        .map(TrainingBackend.Series::name).toList());
                digitsSeries.getSelectionModel().select(0);
            } else {
                charts.finish();
            }
        });
        showChart(model.chartProperty().get());
    }

    private void showChart(ChartLayout chart) {
        charts.begin(chart.preset, chart.series, chart.length);
        charts.accept(model.samples());
        charts.refresh();
    }

    private HBox digitsHeader() {
        Label digitsTitle = new Label();
        digitsTitle.textProperty().bind(i18n.label("training.digits.title"));
        Label seriesLabel = new Label();
        seriesLabel.textProperty().bind(i18n.label("training.digits.series"));
        digitsSeries.setId("digits-series");
        // A new converter per language makes the box write its series names again.
        digitsSeries.converterProperty().bind(Bindings.createObjectBinding(() -> new StringConverter<String>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : i18n.text(DisplayNames.series(name));
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }, i18n.languageProperty()));
        digitsSeries.getSelectionModel().selectedIndexProperty().addListener(
                (o, before, after) -> digits.select(Math.max(0, after.intValue())));
        // On screen a choice box picks the series; an exported figure names it in plain text instead.
        digitsSeries.getStyleClass().add(FigureExport.SCREEN_ONLY);
        Label seriesShown = new Label();
        seriesShown.setId("digits-series-shown");
        seriesShown.getStyleClass().add(FigureExport.EXPORT_ONLY);
        seriesShown.setVisible(false);
        seriesShown.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = digitsSeries.getValue();
            return name == null ? "" : i18n.text(DisplayNames.series(name));
        }, digitsSeries.valueProperty(), i18n.languageProperty()));
        StackPane series = new StackPane(digitsSeries, seriesShown);
        StackPane.setAlignment(seriesShown, Pos.CENTER_LEFT);
        HBox digitsHeader = new HBox(8, digitsTitle, seriesLabel, series);
        digitsHeader.setAlignment(Pos.CENTER_LEFT);
        digitsHeader.visibleProperty().bind(digits.view().visibleProperty());
        digitsHeader.managedProperty().bind(digits.view().visibleProperty());
        return digitsHeader;
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        return button;
    }

    private Label sectionTitle(String key) {
        Label title = new Label();
        title.textProperty().bind(i18n.label(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    @Override
    public void playPause() {
        model.playPause();
    }

    @Override
    public void showView(String viewId) {
        view();  // built on first use
        InsideSnapshot.show(views, compare, viewId);
    }

    @Override
    public Optional<java.util.concurrent.CompletionStage<Void>> runToEnd(int iterations) {
        return Optional.of(InsideSnapshot.runToEnd(model, iterations, compare));
    }

    @Override
    public void reset() {
        model.stop();
    }

    private void chooseCsvFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("training.runs.csv-chooser"));
        File chosen = chooser.showDialog(view().getScene() == null ? null : view().getScene().getWindow());
        if (chosen != null) {
            model.exportCsv(chosen.toPath());
        }
    }

    private void chooseDataDirectory() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("training.data.chooser"));
        if (model.dataDirectoryProperty().get() != null) {
            chooser.setInitialDirectory(model.dataDirectoryProperty().get().toFile());
        }
        File chosen = chooser.showDialog(view().getScene() == null ? null : view().getScene().getWindow());
        if (chosen != null) {
            model.setDataDirectory(chosen.toPath());
        }
    }

    /** What tests drive. */
    TrainingLabModel model() {
        return model;
    }

    RunCharts charts() {
        return charts;
    }

    InsideView inside() {
        return inside;
    }

    InsideCompare compare() {
        return compare;
    }

    DigitGrid digits() {
        return digits;
    }

    ChoiceBox<String> digitsSeries() {
        return digitsSeries;
    }
}
