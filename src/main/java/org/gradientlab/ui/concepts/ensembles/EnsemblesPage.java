package org.gradientlab.ui.concepts.ensembles;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.ensembles.DropoutEnsembleConfig;
import org.gradientlab.core.concepts.ensembles.DropoutEnsembleResult;
import org.gradientlab.core.concepts.ensembles.EnsembleConfig;
import org.gradientlab.ui.kit.layout.FigureScroll;
import org.gradientlab.ui.kit.layout.RunPage;
import org.gradientlab.ui.concepts.ensembles.EnsemblesModel.Status;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The ensembles page (issue 8; CS231n lecture 7 "model ensembles" and "dropout: test time";
 * DLFS 6.4.3): N small nets trained with different seeds, alone and averaged, and one dropout
 * net tested with the book's scaled pass against the mean of M masked passes.
 * Space trains (or cancels), R resets; the export is the figure with its caption and numbers.
 */
public final class EnsemblesPage extends LazyLab {
    public static final String ID = "ensembles";
    public static final LabSpec SPEC = new LabSpec(ID, "concepts.ensembles.title", "/css/concepts-ensembles.css");

    private final I18n i18n;
    private final EnsemblesModel model;
    private final Numbers numbers;
    private final RunPage parts;
    private VBox figure;

    public EnsemblesPage(I18n i18n) {
        this(i18n, new EnsemblesModel());
    }

    EnsemblesPage(I18n i18n, EnsemblesModel model) {
        super(SPEC);
        this.i18n = i18n;
        this.model = model;
        this.numbers = new Numbers(i18n);
        this.parts = new RunPage(i18n);
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    EnsemblesModel model() {
        return model;
    }

    /** The caption, both plots and their numbers; not the controls. */
    @Override
    public Node exportNode() {
        view();
        figure.lookupAll(".accuracy-chart").forEach(n -> ((AccuracyChart) n).prepareForExport());
        return figure;
    }

    /** Space: train the ensemble, or cancel it while it trains. */
    @Override
    public void playPause() {
        if (model.ensembleStatusProperty().get() == Status.RUNNING) {
            model.cancelTraining();
        } else {
            model.train();
        }
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    protected BorderPane createView() {
        MemberChart members = new MemberChart();
        PassesChart passes = new PassesChart();
        Label caption = new Label();
        caption.setId("ensembles-caption");
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.textProperty().bind(i18n.render(() -> numbers.caption(model),
                model.ensembleProperty(), model.dropoutProperty()));

        GridPane ensembleNumbers = numbers.grid("ensembles-numbers", List.of(
                numbers.row("best", "concepts.ensembles.best", () -> numbers.best(model)),
                numbers.row("mean", "concepts.ensembles.mean", () -> numbers.mean(model)),
                numbers.row("ensemble", "concepts.ensembles.ensemble", () -> numbers.ensemble(model))),
                model.membersProperty(), model.ensembleProperty());
        GridPane dropoutNumbers = numbers.grid("ensembles-dropout-numbers", List.of(
                numbers.row("scaled", "concepts.ensembles.scaled",
                        () -> numbers.dropout(model, DropoutEnsembleResult::scaledAccuracy)),
                numbers.row("single", "concepts.ensembles.single",
                        () -> numbers.dropout(model, DropoutEnsembleResult::meanSinglePass)),
                numbers.row("averaged", "concepts.ensembles.averaged",
                        () -> numbers.dropout(model, DropoutEnsembleResult::averaged))),
                model.dropoutProperty());
        HBox ensembleRow = new HBox(members, ensembleNumbers);
        HBox dropoutRow = new HBox(passes, dropoutNumbers);
        for (HBox row : List.of(ensembleRow, dropoutRow)) {
            row.getStyleClass().add("run-page-row");
            HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
            VBox.setVgrow(row, Priority.ALWAYS);
        }
        figure = new VBox(caption, ensembleRow, dropoutRow);
        figure.setId("ensembles-figure");
        figure.getStyleClass().add("run-page-figure");

        VBox explain = new VBox(parts.paragraph("concepts.ensembles.explain.ensemble"),
                parts.paragraph("concepts.ensembles.explain.dropout"));
        explain.getStyleClass().add("run-page-explain");

        // At large text sizes the caption and explanations are taller than the window: they scroll (15.2).
        BorderPane root = new BorderPane(FigureScroll.around(RunPage.center(figure, explain)));
        root.setLeft(RunPage.controlsColumn(new VBox(ensembleControls(), dropoutControls())));
        root.setId("lab-" + ID);
        root.getStyleClass().add("ensembles-page");

        Runnable drawMembers = () -> {
            var result = model.ensembleProperty().get();
            int n = result != null ? result.members().size() : model.netsProperty().get();
            members.show(n, model.membersProperty().get(), result == null ? List.of() : result.ensembleAccuracy());
            members.setTexts(i18n.text("concepts.ensembles.legend.single"),
                    i18n.text("concepts.ensembles.legend.first-k"), i18n.text("concepts.ensembles.legend.mean"),
                    i18n.text("concepts.ensembles.axis.net"), i18n.text("concepts.ensembles.axis.accuracy"));
            members.setEmptyText(i18n.text("concepts.ensembles.empty.members"));
        };
        Runnable drawPasses = () -> {
            passes.show(model.dropoutProperty().get());
            passes.setTexts(i18n.text("concepts.ensembles.legend.pass"), i18n.text("concepts.ensembles.legend.passes"),
                    i18n.text("concepts.ensembles.legend.scaled"), i18n.text("concepts.ensembles.axis.passes"),
                    i18n.text("concepts.ensembles.axis.accuracy"));
            passes.setEmptyText(i18n.text("concepts.ensembles.empty.dropout"));
        };
        for (ObservableValue<?> o : List.of(model.membersProperty(), model.ensembleProperty(), model.netsProperty(),
                i18n.languageProperty())) {
            o.addListener((obs, a, b) -> drawMembers.run());
        }
        for (ObservableValue<?> o : List.of(model.dropoutProperty(), i18n.languageProperty())) {
            o.addListener((obs, a, b) -> drawPasses.run());
        }
        drawMembers.run();
        drawPasses.run();
        return root;
    }

    private VBox ensembleControls() {
        Slider nets = slider("ensembles-nets", 1, EnsembleConfig.MAX_NETS, 1, model.netsProperty().get());
        nets.setShowTickLabels(true);
        nets.valueProperty().addListener((o, a, b) -> model.setNets((int) Math.round(b.doubleValue())));
        model.netsProperty().addListener((o, a, b) -> nets.setValue(b.intValue()));
        Label netsLabel = settingLabel(nets, i18n.label("concepts.ensembles.nets", model.netsProperty()),
                "concepts.ensembles.nets.tip");
        netsLabel.setId("ensembles-nets-label");
        Label status = parts.status("ensembles-status", () -> numbers.ensembleStatus(model),
                model.ensembleStatusProperty(), model.membersProperty(), model.ensembleErrorProperty());
        Label setup = parts.setup(() -> i18n.text("concepts.ensembles.setup.members", numbers.setup(model.memberNet())));
        return runSection("concepts.ensembles.section.ensemble", nets, netsLabel,
                parts.button("ensembles-train", "concepts.ensembles.train", model::train),
                parts.button("ensembles-cancel", "concepts.ensembles.cancel", model::cancelTraining),
                model.ensembleStatusProperty(), model.ensembleProgressProperty(), "ensembles-progress", status, setup);
    }

    private VBox dropoutControls() {
        Slider ratio = slider("ensembles-ratio", EnsemblesModel.MIN_RATIO, EnsemblesModel.MAX_RATIO, 0.1, model.dropoutRatioProperty().get());
        ratio.valueProperty().addListener((o, a, b) ->
                model.setDropoutRatio(Math.round(b.doubleValue() * 10) / 10.0));
        model.dropoutRatioProperty().addListener((o, a, b) -> ratio.setValue(b.doubleValue()));
        Label ratioLabel = settingLabel(ratio, i18n.label("concepts.ensembles.ratio", model.dropoutRatioProperty()),
                "concepts.ensembles.ratio.tip");
        Label status = parts.status("ensembles-dropout-status", () -> numbers.dropoutStatus(model),
                model.dropoutStatusProperty(), model.dropoutProgressProperty(), model.dropoutErrorProperty());
        Label setup = parts.setup(() -> i18n.text("concepts.ensembles.setup.dropout", numbers.setup(model.dropoutNet()),
                DropoutEnsembleConfig.DEFAULT_PASSES));
        return runSection("concepts.ensembles.section.dropout", ratio, ratioLabel,
                parts.button("ensembles-dropout-run", "concepts.ensembles.dropout.run", model::runDropout),
                parts.button("ensembles-dropout-cancel", "concepts.ensembles.cancel", model::cancelDropout),
                model.dropoutStatusProperty(), model.dropoutProgressProperty(), "ensembles-dropout-progress", status,
                setup);
    }

    /** One run's controls: its setting (locked while it runs), run and cancel, progress, status and setup. */
    private VBox runSection(String titleKey, Slider setting, Label settingLabel, Button run, Button cancel,
                            ReadOnlyObjectProperty<Status> status, ReadOnlyDoubleProperty progress, String progressId,
                            Label statusLabel, Label setup) {
        return RunPage.controls(parts.sectionTitle(titleKey), settingLabel, setting,
                RunPage.runButtons(run, cancel, status.isEqualTo(Status.RUNNING), setting),
                RunPage.progress(progressId, progress), statusLabel, setup);
    }

    private static Slider slider(String id, double min, double max, double step, double value) {
        Slider slider = new Slider(min, max, value);
        slider.setId(id);
        slider.setMajorTickUnit(step);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(step);
        return slider;
    }

    private Label settingLabel(Slider slider, ObservableValue<String> text, String tipKey) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setLabelFor(slider);
        label.setTooltip(tooltip(tipKey));
        return label;
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.label(key));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
