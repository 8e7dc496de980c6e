package org.gradientlab.ui.concepts.babysitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * "Babysitting the learning process" (CS231n lecture 6, issue 8): the lecture's sanity checks as
 * a guided list, each run for real on MNIST and marked pass or fail against what the lecture
 * expects. Space runs the next step, R clears; results stay while the learner visits other pages.
 */
public final class BabysittingPage extends LazyLab {
    public static final String ID = "babysitting";
    public static final LabSpec SPEC = new LabSpec(ID, "concepts.babysitting.title", "/css/concepts-babysitting.css");

    private final I18n i18n;
    private final BabysittingModel model;
    private VBox figure;

    public BabysittingPage(I18n i18n) {
        this(i18n, BabysitStep.lecture(), 0, Mnist::bundled);
    }

    BabysittingPage(I18n i18n, List<BabysitStep> steps, long seed, Supplier<Mnist> data) {
        super(SPEC);
        this.i18n = i18n;
        this.model = new BabysittingModel(List.copyOf(steps), seed, data, JobRunner.shared());
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    BabysittingModel model() {
        view();
        return model;
    }

    @Override
    protected VBox createView() {
        Label title = new Label();
        title.textProperty().bind(i18n.label("concepts.babysitting.title"));
        title.getStyleClass().add("babysit-title");
        Label intro = new Label();
        intro.textProperty().bind(i18n.label("concepts.babysitting.intro"));
        intro.getStyleClass().add("babysit-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Button runAll = button("babysit-run-all", "concepts.babysitting.run-all");
        runAll.setOnAction(e -> model.runAll());
        runAll.getStyleClass().add("accent");
        Button cancel = button("babysit-cancel", "concepts.babysitting.cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.busyProperty().not());
        Button clear = button("babysit-clear", "concepts.babysitting.clear");
        clear.setOnAction(e -> model.clear());
        runAll.disableProperty().bind(model.busyProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("babysit-progress");
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("babysit-status");
        status.textProperty().bind(statusText());
        status.getStyleClass().add("babysit-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label keys = new Label();
        keys.textProperty().bind(i18n.label("concepts.babysitting.keys"));
        keys.getStyleClass().add("babysit-keys");
        HBox toolbar = new HBox(runAll, cancel, clear, progress, status, gap, keys);
        // The buttons keep their words at large text; the status and the key hint give way.
        for (Region button : List.of(runAll, cancel, clear)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        toolbar.getStyleClass().add("babysit-toolbar");

        figure = new VBox();
        figure.getStyleClass().add("babysit-figure");
        figure.setId("babysit-figure");
        VBox runColumn = new VBox();
        runColumn.getStyleClass().add("babysit-run-column");
        runColumn.setMinWidth(Region.USE_PREF_SIZE);
        for (BabysittingModel.StepState state : model.states()) {
            StepCard card = new StepCard(state, i18n);
            figure.getChildren().add(card);
            runColumn.getChildren().add(runButton(state, card));
        }
        Label caption = new Label();
        caption.setId("babysit-caption");
        caption.textProperty().bind(captionText());
        caption.getStyleClass().add("babysit-caption");
        caption.setWrapText(true);
        figure.getChildren().add(caption);
        HBox.setHgrow(figure, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(new HBox(figure, runColumn));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("babysit-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox root = new VBox(title, intro, toolbar, scroll);
        root.getStyleClass().add("babysit-page");
        root.setId("lab-" + ID);
        return root;
    }

    /** The step's Run button, in a cell as tall as its card so the column lines up with the cards. */
    private StackPane runButton(BabysittingModel.StepState state, StepCard card) {
        Button run = button("babysit-run-" + state.step.id(), "concepts.babysitting.run");
        run.setOnAction(e -> model.runOne(state.index));
        run.disableProperty().bind(model.busyProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.label("concepts.babysitting.run.tip", state.index + 1));
        run.setTooltip(tip);
        run.setMinWidth(Region.USE_PREF_SIZE);
        StackPane cell = new StackPane(run);
        cell.minHeightProperty().bind(card.heightProperty());
        cell.maxHeightProperty().bind(card.heightProperty());
        return cell;
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        return button;
    }

    /** What changes the status and the caption: the language, the phase, every step's result and state. */
    private Observable[] progressDependencies() {
        List<Observable> all = new ArrayList<>(List.of(i18n.languageProperty(), model.phaseProperty(),
                model.errorProperty(), model.seedProperty()));
        for (BabysittingModel.StepState state : model.states()) {
            all.add(state.resultProperty());
            all.add(state.runningProperty());
        }
        return all.toArray(Observable[]::new);
    }

    private StringBinding statusText() {
        return Bindings.createStringBinding(() -> {
            int total = model.states().size();
            return switch (model.phaseProperty().get()) {
                case IDLE -> i18n.text("concepts.babysitting.status.idle");
                case LOADING -> i18n.text("concepts.babysitting.status.loading");
                case RUNNING -> i18n.text("concepts.babysitting.status.running", model.runningIndex() + 1, total);
                case DONE -> i18n.text("concepts.babysitting.status.done", model.passed(), model.finished());
                case CANCELLED -> i18n.text("concepts.babysitting.status.cancelled");
                case ERROR -> i18n.text("concepts.babysitting.status.error", model.errorProperty().get());
            };
        }, progressDependencies());
    }

    private StringBinding captionText() {
        return Bindings.createStringBinding(() -> i18n.text("concepts.babysitting.caption",
                String.valueOf(model.seedProperty().get()),
                model.passed(), model.finished(), model.states().size()), progressDependencies());
    }

    /** The cards and the caption: the Run buttons stand outside it. */
    @Override
    public Node exportNode() {
        view();
        return figure;
    }

    /** Space: the next step without a result. */
    @Override
    public void playPause() {
        model().runNext();
    }

    /** Right arrow: as Space, one step further down the list. */
    @Override
    public void step() {
        model().runNext();
    }

    /** R: cancel and clear every result. */
    @Override
    public void reset() {
        model().clear();
    }
}
