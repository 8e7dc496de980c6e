package org.gradientlab.ui.concepts.activations;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.activations.ActivationPortrait;
import org.gradientlab.core.concepts.activations.ActivationSettings;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.Elu;
import org.gradientlab.core.nn.LeakyRelu;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.lab.LabHost;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The activation gallery (issue 8; CS231n lecture 5): the seven functions with f and f′, their
 * saturated and dead inputs shaded, the seeds' checklist, PReLU learning its α, and a button
 * that sends the function to the initialization lab. Export: caption, plot and checklist.
 * Space plays the PReLU training and → steps it while PReLU is shown; otherwise → moves to the
 * next function. R resets the parameters and the training.
 */
public final class ActivationsPage extends LazyLab {
    public static final String ID = "activations";
    public static final LabSpec SPEC = new LabSpec(ID, "concepts.activations.title", "/css/concepts-activations.css");

    private final I18n i18n;
    private final Consumer<Activation> toInitLab;
    private final JobRunner jobs;
    private LabHost host;
    private ActivationsModel model;
    private VBox figure;
    private FunctionPlot plot;
    private TrainingView training;
    private final ToggleGroup chooser = new ToggleGroup();

    /** @param toInitLab sets the initialization lab's activation; the page then shows that lab */
    public ActivationsPage(I18n i18n, Consumer<Activation> toInitLab) {
        this(i18n, toInitLab, JobRunner.shared());
    }

    ActivationsPage(I18n i18n, Consumer<Activation> toInitLab, JobRunner jobs) {
        super(SPEC);
        this.i18n = i18n;
        this.toInitLab = toInitLab;
        this.jobs = jobs;
    }

    @Override
    public void attach(LabHost next) {
        host = next;
    }

    /** Made on first use (it starts the PReLU fit): by the view, or by a scene. */
    ActivationsModel model() {
        if (model == null) {
            model = new ActivationsModel(jobs);
        }
        return model;
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model()) : Optional.empty();
    }

    @Override
    public Node exportNode() {
        view();
        plot.prepareForExport();
        return figure;
    }

    @Override
    public void playPause() {
        view();
        if (model.functionProperty().get() == GalleryFunction.PRELU) {
            training.playPause();
        }
    }

    @Override
    public void step() {
        view();
        GalleryFunction shown = model.functionProperty().get();
        if (shown == GalleryFunction.PRELU) {
            training.step();
        } else {
            GalleryFunction[] all = GalleryFunction.values();
            model.choose(all[(shown.ordinal() + 1) % all.length]);
        }
    }

    @Override
    public void reset() {
        view();
        model.reset();
    }

    @Override
    protected BorderPane createView() {
        model();
        plot = new FunctionPlot(i18n::text);
        model.portraitProperty().addListener((o, before, after) -> plot.show(after));
        i18n.whenLanguageChanges(plot::invalidateAll);
        plot.show(model.portraitProperty().get());

        Label caption = new Label();
        caption.setId("activations-caption");
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        caption.textProperty().bind(i18n.render(this::captionText, model.portraitProperty()));

        ChecklistView checklist = new ChecklistView(i18n, model.portraitProperty());
        HBox.setHgrow(plot, Priority.ALWAYS);
        HBox body = new HBox(16, plot, checklist);
        body.getStyleClass().add("activation-figure-body");
        figure = new VBox(8, caption, body);
        figure.getStyleClass().add("activation-figure");
        figure.setId("activations-figure");

        training = new TrainingView(i18n, model,
                alpha -> model.setSettings(model.settingsProperty().get().withPreluAlpha(alpha)));
        training.visibleProperty().bind(model.functionProperty().isEqualTo(GalleryFunction.PRELU));
        training.managedProperty().bind(training.visibleProperty());

        // The figure takes the height the training leaves; below its minimum the page scrolls.
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox.setVgrow(figure, Priority.ALWAYS);
        VBox centre = new VBox(14, figure, training);
        centre.getStyleClass().add("activation-centre");
        ScrollPane centreScroll = new ScrollPane(centre);
        centreScroll.setFitToWidth(true);
        centreScroll.setFitToHeight(true);
        centreScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        centreScroll.getStyleClass().add("activation-scroll");

        ScrollPane controls = new ScrollPane(controls());
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.getStyleClass().addAll("activation-scroll", "activation-controls-scroll");

        BorderPane root = new BorderPane(centreScroll);
        root.setLeft(controls);
        root.getStyleClass().add("activations-page");
        root.setId("page-" + ID);
        return root;
    }

    private VBox controls() {
        Label chooseTitle = sectionTitle("concepts.activations.choose");
        FlowPane buttons = new FlowPane(6, 6);
        buttons.getStyleClass().add("activation-chooser");
        for (GalleryFunction function : GalleryFunction.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("activations-fn-" + function.id());
            button.textProperty().bind(i18n.label(Keys.name(function)));
            button.setUserData(function);
            button.setToggleGroup(chooser);
            buttons.getChildren().add(button);
        }
        chooser.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                chooser.selectToggle(before);
            } else {
                model.choose((GalleryFunction) after.getUserData());
            }
        });
        model.functionProperty().addListener((o, before, after) -> selectButton(after));
        selectButton(model.functionProperty().get());

        Label formula = new Label();
        formula.setId("activations-formula");
        formula.getStyleClass().add("activation-formula");
        formula.setWrapText(true);
        formula.setMinHeight(Label.USE_PREF_SIZE);
        formula.textProperty().bind(i18n.render(
                () -> i18n.text(Keys.formula(model.functionProperty().get())), model.functionProperty()));

        Label paramsTitle = sectionTitle("concepts.activations.parameters");
        ParameterFields parameters = new ParameterFields(i18n, model.functionProperty(), model.settingsProperty(),
                model::setSettings);
        Button reset = new Button();
        reset.setId("activations-reset");
        reset.textProperty().bind(i18n.label("concepts.activations.reset"));
        reset.setOnAction(e -> reset());

        Label sendTitle = sectionTitle("concepts.activations.send.title");
        Button send = new Button();
        send.setId("activations-send");
        send.textProperty().bind(i18n.label("concepts.activations.send"));
        send.setOnAction(e -> send());
        send.setMaxWidth(Double.MAX_VALUE);
        // A disabled button shows no tooltip: the pane around it carries the reason.
        StackPane sendHolder = new StackPane(send);
        Tooltip why = new Tooltip();
        Tooltip.install(sendHolder, why);
        Label note = new Label();
        note.setId("activations-send-note");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        send.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.functionProperty().get().coreActivation().isEmpty(), model.functionProperty()));
        note.textProperty().bind(i18n.render(() -> sendNote(model.functionProperty().get(),
                model.settingsProperty().get()), model.functionProperty(), model.settingsProperty()));
        why.textProperty().bind(note.textProperty());

        VBox box = new VBox(8, chooseTitle, buttons, formula, paramsTitle, parameters, reset, sendTitle, sendHolder, note);
        box.getStyleClass().add("activation-controls");
        return box;
    }

    private Label sectionTitle(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.label(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private void selectButton(GalleryFunction function) {
        chooser.getToggles().stream().filter(t -> t.getUserData() == function).findFirst().ifPresent(chooser::selectToggle);
    }

    /** Sets the initialization lab's activation and shows that lab; PReLU and Maxout have none there. */
    private void send() {
        Optional<Activation> activation = model.functionProperty().get().coreActivation();
        if (activation.isEmpty()) {
            return;
        }
        toInitLab.accept(activation.get());
        if (host != null) {
            host.show("init");
        }
    }

    private String sendNote(GalleryFunction function, ActivationSettings settings) {
        String name = i18n.text(Keys.name(function));
        if (function.coreActivation().isEmpty()) {
            return i18n.text(Keys.notSendable(function));
        }
        if (!settings.matchesCoreDefaults(function)) {
            boolean leaky = function == GalleryFunction.LEAKY_RELU;
            double chosen = leaky ? settings.leakySlope() : settings.eluAlpha();
            double standard = leaky ? LeakyRelu.DEFAULT_SLOPE : Elu.DEFAULT_ALPHA;
            return i18n.text("concepts.activations.send.default-alpha", name,
                    ParameterFields.format(standard), ParameterFields.format(chosen));
        }
        return i18n.text("concepts.activations.send.ok", name);
    }

    private String captionText() {
        ActivationPortrait portrait = model.portraitProperty().get();
        GalleryFunction function = portrait.function();
        ActivationSettings s = portrait.settings();
        String values = switch (function) {
            case LEAKY_RELU -> "α = " + ParameterFields.format(s.leakySlope());
            case ELU -> "α = " + ParameterFields.format(s.eluAlpha());
            case PRELU -> "α = " + ParameterFields.format(s.preluAlpha());
            case MAXOUT -> "w1 = " + ParameterFields.format(s.maxout().w1()) + ", b1 = " + ParameterFields.format(s.maxout().b1())
                    + ", w2 = " + ParameterFields.format(s.maxout().w2()) + ", b2 = " + ParameterFields.format(s.maxout().b2());
            default -> "";
        };
        String formula = i18n.text(Keys.formula(function));
        return i18n.text("concepts.activations.caption", i18n.text(Keys.name(function)),
                values.isEmpty() ? formula : formula + " · " + values,
                ParameterFields.format(ActivationPortrait.X_RANGE));
    }
}
