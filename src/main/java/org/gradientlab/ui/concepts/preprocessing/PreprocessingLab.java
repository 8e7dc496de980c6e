package org.gradientlab.ui.concepts.preprocessing;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.preprocessing.CloudPreset;
import org.gradientlab.core.concepts.preprocessing.MnistPca;
import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.LocalizedChoices;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * Concepts page "Data preprocessing" (issue 8; CS231n lecture 6 and the notes' "Setting up the
 * data"): a 2-D cloud zero-centred, normalised, decorrelated and whitened in five linked
 * panels, and the mean image and principal components of MNIST. Export gives the figure of
 * the tab on show.
 */
public final class PreprocessingLab extends LazyLab {
    public static final String ID = "preprocessing";
    public static final LabSpec SPEC = new LabSpec(ID, "concepts.preprocessing.title", "/css/concepts-preprocessing.css");

    private final I18n i18n;
    private final PreprocessingModel model = new PreprocessingModel();
    private final int mnistImages;
    private final Supplier<Dataset> mnist;
    private TabPane tabs;
    private CloudFigure figure;
    private MnistPcaView mnistView;

    public PreprocessingLab(I18n i18n) {
        this(i18n, MnistPca.DEFAULT_IMAGES, () -> Mnist.bundled().train());
    }

    /** @param mnistImages how many training images the MNIST PCA uses (tests take fewer) */
    PreprocessingLab(I18n i18n, int mnistImages, Supplier<Dataset> mnist) {
        super(SPEC);
        this.i18n = i18n;
        this.mnistImages = mnistImages;
        this.mnist = mnist;
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    PreprocessingModel model() {
        return model;
    }

    CloudFigure figure() {
        view();
        return figure;
    }

    MnistPcaView mnistView() {
        view();
        return mnistView;
    }

    TabPane tabs() {
        view();
        return tabs;
    }

    @Override
    protected VBox createView() {
        figure = new CloudFigure(i18n, model);
        Label practiceTitle = new Label();
        practiceTitle.textProperty().bind(i18n.label("concepts.preprocessing.practice.title"));
        practiceTitle.getStyleClass().add("prep-practice-title");
        Label practice = new Label();
        practice.textProperty().bind(i18n.label("concepts.preprocessing.practice"));
        practice.setWrapText(true);
        practice.setId("prep-practice");
        practice.setMinHeight(Region.USE_PREF_SIZE);
        VBox notes = new VBox(practiceTitle, practice);
        notes.getStyleClass().add("prep-practice");
        Label hint = new Label();
        hint.textProperty().bind(i18n.label("concepts.preprocessing.hint"));
        hint.getStyleClass().add("prep-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox cloudPage = new VBox(controls(), hint, figure, notes);
        cloudPage.getStyleClass().add("prep-cloud-page");
        VBox.setVgrow(notes, Priority.ALWAYS);
        mnistView = new MnistPcaView(i18n, mnistImages, mnist);

        Tab cloudTab = new Tab();
        cloudTab.textProperty().bind(i18n.label("concepts.preprocessing.tab.cloud"));
        cloudTab.setContent(scrolling(cloudPage));
        cloudTab.setId("prep-tab-cloud");
        Tab mnistTab = new Tab();
        mnistTab.textProperty().bind(i18n.label("concepts.preprocessing.tab.mnist"));
        mnistTab.setContent(scrolling(mnistView));
        mnistTab.setId("prep-tab-mnist");
        tabs = new TabPane(cloudTab, mnistTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("prep-tabs");
        // The PCA costs a second or two: it starts when the learner first opens its tab.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == mnistTab) {
                mnistView.start();
            }
        });

        VBox root = new VBox(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getStyleClass().add("prep-lab");
        root.setId("lab-" + ID);
        return root;
    }

    /** Large fonts or a small window scroll the page instead of cutting it off. */
    private static ScrollPane scrolling(Node page) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("prep-scroll");
        return scroll;
    }

    private FlowPane controls() {
        Label presetLabel = new Label();
        presetLabel.textProperty().bind(i18n.label("concepts.preprocessing.preset"));
        ComboBox<CloudPreset> preset = new ComboBox<>();
        preset.getItems().setAll(CloudPreset.values());
        preset.setId("prep-preset");
        LocalizedChoices.show(preset, i18n, item -> i18n.text(Keys.preset(item)));
        preset.setValue(model.presetProperty().get());
        presetLabel.setLabelFor(preset);
        model.presetProperty().addListener((o, a, b) -> preset.setValue(b));
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.presetProperty().get()) {
                model.choosePreset(b);
            }
        });

        Button sample = new Button();
        sample.setId("prep-new-sample");
        sample.textProperty().bind(i18n.label("concepts.preprocessing.new-sample"));
        Tooltip sampleTip = new Tooltip();
        sampleTip.textProperty().bind(i18n.label("concepts.preprocessing.new-sample.tip", model.seedProperty().asString()));
        sample.setTooltip(sampleTip);
        sample.setOnAction(e -> model.newSample());

        Button clear = new Button();
        clear.setId("prep-clear");
        clear.textProperty().bind(i18n.label("concepts.preprocessing.clear"));
        clear.setOnAction(e -> model.clear());

        CheckBox sameScale = new CheckBox();
        sameScale.setId("prep-same-scale");
        sameScale.textProperty().bind(i18n.label("concepts.preprocessing.same-scale"));
        Tooltip scaleTip = new Tooltip();
        scaleTip.textProperty().bind(i18n.label("concepts.preprocessing.same-scale.tip"));
        sameScale.setTooltip(scaleTip);
        sameScale.selectedProperty().bindBidirectional(model.sameScaleProperty());

        Label count = new Label();
        count.setId("prep-count");
        count.textProperty().bind(i18n.label("concepts.preprocessing.count",
                Bindings.createIntegerBinding(() -> model.cloudProperty().get().size(),
                        model.cloudProperty())));
        // The hint is not in the flow: a wrapping label there would make the flow as wide as its text.
        FlowPane bar = new FlowPane(presetLabel, preset, sample, clear, sameScale, count);
        bar.getStyleClass().add("prep-controls");
        return bar;
    }

    /** The figure of the tab on show, its canvases drawn at export density for this snapshot. */
    @Override
    public Node exportNode() {
        view();
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            mnistView.grid().prepareForExport();
            return mnistView.figure();
        }
        figure.prepareForExport();
        return figure;
    }

    /** R: the default cloud (correlated Gaussian, 200 points, seed 1). */
    @Override
    public void reset() {
        model.reset();
    }
}
