package org.gradientlab.ui.init;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.input.Parsers;
import org.gradientlab.ui.kit.input.ValidatedField;
import org.gradientlab.ui.kit.input.ValidatedSpinner;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Num;

/**
 * The lab's controls, top to bottom in the order of the book's experiment: network, weights,
 * sample, display, comparison, export. They write to the model and follow it back (reset, a
 * preset moving the slider), never holding state of their own.
 */
final class ControlsPane extends VBox {
    private final I18n i18n;
    private final InitLabModel model;
    private final ChoiceToggles<Activation> activation;
    private final ChoiceToggles<InitChoice> init;
    private final StdSlider std;
    private final ValidatedField<Double> stdField;
    private String shownStd = "";
    private double shownStdValue = Double.NaN;
    private final Slider layers = new Slider(InitSettings.MIN_LAYERS, InitSettings.MAX_LAYERS, 5);
    private final Label layersValue = new Label();
    private final Slider nodes = new Slider(InitSettings.MIN_NODES, InitSettings.MAX_NODES, 100);
    private final Label nodesValue = new Label();
    private final CheckBox batchNorm = new CheckBox();
    private final ValidatedSpinner seed;
    private boolean syncing;

    ControlsPane(I18n i18n, InitLabModel model, Runnable exportCsv) {
        this.i18n = i18n;
        this.model = model;
        getStyleClass().add("init-controls");
        activation = new ChoiceToggles<>(i18n, List.of(Activation.values()),
                a -> DisplayNames.of(a).key(), a -> "init-activation-" + a.cliName());
        init = new ChoiceToggles<>(i18n, List.of(InitChoice.values()), InitChoice::nameKey,
                c -> "init-choice-" + c.id());
        std = new StdSlider(i18n);
        // The exact σ, typed; the slider's range, so a typed value is never clamped silently.
        stdField = new ValidatedField<>(i18n, "init-std-field",
                t -> Parsers.number(t, InitSettings.MIN_STD, InitSettings.MAX_STD));
        stdField.field().setPrefColumnCount(5);

        layers.setMajorTickUnit(1);
        layers.setMinorTickCount(0);
        layers.setSnapToTicks(true);
        layers.setBlockIncrement(1);
        layers.setId("init-layers");
        nodes.setBlockIncrement(10);
        nodes.setId("init-nodes");
        batchNorm.setId("init-batch-norm");
        batchNorm.textProperty().bind(i18n.label("init.batch-norm"));
        batchNorm.setWrapText(true);
        seed = new ValidatedSpinner(i18n, "init-seed", 0, Integer.MAX_VALUE, 0);
        seed.spinner().setPrefWidth(90);
        Button newSample = new Button();
        newSample.textProperty().bind(i18n.label("init.new-sample"));
        newSample.setId("init-new-sample");
        newSample.setOnAction(e -> model.newSample());

        CheckBox gradients = new CheckBox();
        gradients.textProperty().bind(i18n.label("init.show-gradients"));
        gradients.setId("init-show-gradients");
        gradients.setWrapText(true);
        gradients.selectedProperty().bindBidirectional(model.showGradientsProperty());
        CheckBox shared = new CheckBox();
        shared.textProperty().bind(i18n.label("init.shared-scale"));
        shared.setId("init-shared-scale");
        shared.setWrapText(true);
        shared.selectedProperty().bindBidirectional(model.sharedScaleProperty());

        ToggleButton pin = new ToggleButton();
        pin.textProperty().bind(i18n.label("init.pin"));
        pin.setId("init-pin");
        model.pinnedSettingsProperty().addListener((o, a, b) -> pin.setSelected(b != null));
        pin.setOnAction(e -> {
            if (pin.isSelected()) {
                model.pin();
            } else {
                model.unpin();
            }
        });
        ToggleButton book = new ToggleButton();
        book.textProperty().bind(i18n.label("init.book-figure"));
        book.setId("init-book-figure");
        book.selectedProperty().bindBidirectional(model.bookFigureProperty());
        Button csv = new Button();
        csv.textProperty().bind(i18n.label("init.export-csv"));
        csv.setId("init-export-csv");
        csv.setOnAction(e -> exportCsv.run());

        getChildren().addAll(
                section("init.section.network"),
                caption("init.activation"), activation,
                valueRow("init.layers", layersValue), layers,
                valueRow("init.nodes", nodesValue), nodes,
                batchNorm,
                section("init.section.weights"),
                init,
                valueRow("init.std", stdField.field()), std, stdField.error(),
                section("init.section.sample"),
                row(seed.spinner(), newSample), seed.error(),
                section("init.section.display"),
                gradients, shared,
                section("init.section.compare"),
                row(pin, book),
                section("init.section.export"),
                csv);
        wire();
        sync(model.settings());
        model.settingsProperty().addListener((o, a, b) -> sync(b));
    }

    private void wire() {
        activation.onChoose(model::setActivation);
        init.onChoose(model::setInit);
        std.onUserChange(model::setCustomStd);
        // Leaving the field as it was shown (Xavier's 0.1, He's rounded 0.141) keeps the chosen init.
        stdField.setOnCommit(value -> {
            if (!stdField.field().getText().strip().equals(shownStd)) {
                model.setCustomStd(value);
            }
        });
        layers.valueProperty().addListener((o, a, b) -> {
            int value = (int) Math.round(b.doubleValue());
            if (!syncing && value != model.settings().layers()) {
                model.setLayers(value);
            }
        });
        nodes.valueProperty().addListener((o, a, b) -> {
            // Steps of 10 keep the book's 100 and round numbers easy to find again.
            int value = (int) Math.max(InitSettings.MIN_NODES, Math.round(b.doubleValue() / 10) * 10);
            if (!syncing && value != model.settings().nodes()) {
                model.setNodes(value);
            }
        });
        batchNorm.selectedProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.setBatchNorm(b);
            }
        });
        seed.spinner().valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b != model.settings().seed()) {
                model.setSeed(b);
            }
        });
    }

    /** Shows {@code s} in every control without echoing it back to the model. */
    private void sync(InitSettings s) {
        syncing = true;
        try {
            activation.select(s.activation());
            init.select(s.init());
            std.setStd(s.std());
            std.setMarks(WeightInit.XAVIER.std(s.nodes()), WeightInit.HE.std(s.nodes()));
            // Refused text stays with its message until the user mends it or moves σ another way
            // (slider, Xavier, He): a language change or another control loses nothing typed.
            if (stdField.validProperty().get() || s.std() != shownStdValue) {
                shownStd = Num.format(s.std(), 3);
                shownStdValue = s.std();
                stdField.setText(shownStd);
            }
            if (!layers.isValueChanging()) {
                layers.setValue(s.layers());
            }
            layersValue.setText(Integer.toString(s.layers()));
            if (!nodes.isValueChanging()) {
                nodes.setValue(s.nodes());
            }
            nodesValue.setText(Integer.toString(s.nodes()));
            batchNorm.setSelected(s.batchNorm());
            seed.spinner().getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, s.seed()));
        } finally {
            syncing = false;
        }
    }

    private Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.label(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Label caption(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.label(key));
        label.getStyleClass().add("control-caption");
        return label;
    }

    private HBox valueRow(String key, Node value) {
        Label name = caption(key);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        value.getStyleClass().add("control-value");
        HBox row = new HBox(name, value);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("control-row");
        return box;
    }

    StdSlider stdSlider() {
        return std;
    }
}
