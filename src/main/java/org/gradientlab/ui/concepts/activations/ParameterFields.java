package org.gradientlab.ui.concepts.activations;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.activations.ActivationSettings;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.concepts.activations.MaxoutPieces;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.SliderField;

/**
 * The sliders of the chosen function's parameters: α of Leaky ReLU, ELU and PReLU, maxout's
 * w1, b1, w2, b2 with "as ReLU" and "as Leaky ReLU" presets; a note for the functions without
 * any. The settings record validates; a value it rejects shows the range under its field.
 */
final class ParameterFields extends VBox {
    private final ReadOnlyObjectProperty<ActivationSettings> settings;
    private final Consumer<ActivationSettings> edit;
    private final SliderField leaky;
    private final SliderField elu;
    private final SliderField prelu;
    private final List<SliderField> maxout;
    private final VBox maxoutBox;
    private final Label none = new Label();

    /** @param edit takes the parameters a slider or field made (the model's setter) */
    ParameterFields(I18n i18n, ReadOnlyObjectProperty<GalleryFunction> function,
                    ReadOnlyObjectProperty<ActivationSettings> settings, Consumer<ActivationSettings> edit) {
        this.settings = settings;
        this.edit = edit;
        getStyleClass().add("activation-parameters");
        leaky = field(i18n, "leaky-alpha", ActivationSettings.LEAKY_MIN, ActivationSettings.LEAKY_MAX, true,
                ActivationSettings::withLeakySlope);
        elu = field(i18n, "elu-alpha", ActivationSettings.ELU_MIN, ActivationSettings.ELU_MAX, false,
                ActivationSettings::withEluAlpha);
        prelu = field(i18n, "prelu-alpha", ActivationSettings.PRELU_MIN, ActivationSettings.PRELU_MAX, false,
                ActivationSettings::withPreluAlpha);
        maxout = List.of(
                maxoutField(i18n, "w1", (m, v) -> new MaxoutPieces(v, m.b1(), m.w2(), m.b2())),
                maxoutField(i18n, "b1", (m, v) -> new MaxoutPieces(m.w1(), v, m.w2(), m.b2())),
                maxoutField(i18n, "w2", (m, v) -> new MaxoutPieces(m.w1(), m.b1(), v, m.b2())),
                maxoutField(i18n, "b2", (m, v) -> new MaxoutPieces(m.w1(), m.b1(), m.w2(), v)));
        Button asRelu = preset(i18n, "as-relu", new MaxoutPieces(1, 0, 0, 0));
        Button asLeaky = preset(i18n, "as-leaky", new MaxoutPieces(1, 0, 0.01, 0));
        FlowPane presets = new FlowPane(6, 6, asRelu, asLeaky);
        maxoutBox = new VBox(6);
        maxoutBox.getChildren().addAll(maxout);
        maxoutBox.getChildren().add(presets);
        none.textProperty().bind(i18n.label("concepts.activations.no-parameters"));
        none.setWrapText(true);
        none.getStyleClass().add("hint");
        getChildren().addAll(none, leaky, elu, prelu, maxoutBox);
        for (var node : getChildren()) {
            node.managedProperty().bind(node.visibleProperty());
        }
        function.addListener((o, before, after) -> showFor(after));
        settings.addListener((o, before, after) -> showValues(after));
        showFor(function.get());
        showValues(settings.get());
    }

    private SliderField field(I18n i18n, String name, double min, double max, boolean logarithmic,
                              BiFunction<ActivationSettings, Double, ActivationSettings> with) {
        SliderField field = new SliderField(i18n, i18n.label(Keys.parameter(name)), min, max, logarithmic);
        field.setId("activations-" + name);
        // The names explain the parameter, so they may take two lines in the narrow column.
        field.lookupAll(".slider-field-name").forEach(label -> ((Label) label).setWrapText(true));
        field.setFormat(ParameterFields::format, logarithmic ? ParameterFields::roundSignificant : ParameterFields::roundThousandth);
        field.setMessage(typed -> i18n.text("concepts.activations.invalid", typed, format(min), format(max)));
        field.setReceiver(value -> edit.accept(with.apply(settings.get(), value)));
        return field;
    }

    private SliderField maxoutField(I18n i18n, String name, BiFunction<MaxoutPieces, Double, MaxoutPieces> with) {
        return field(i18n, "maxout-" + name, -MaxoutPieces.LIMIT, MaxoutPieces.LIMIT, false,
                (s, v) -> s.withMaxout(with.apply(s.maxout(), v)));
    }

    private Button preset(I18n i18n, String name, MaxoutPieces pieces) {
        Button button = new Button();
        button.setId("activations-maxout-" + name);
        button.textProperty().bind(i18n.label(Keys.maxoutPreset(name)));
        button.setOnAction(e -> edit.accept(settings.get().withMaxout(pieces)));
        return button;
    }

    private void showFor(GalleryFunction function) {
        leaky.setVisible(function == GalleryFunction.LEAKY_RELU);
        elu.setVisible(function == GalleryFunction.ELU);
        prelu.setVisible(function == GalleryFunction.PRELU);
        maxoutBox.setVisible(function == GalleryFunction.MAXOUT);
        none.setVisible(switch (function) {
            case SIGMOID, TANH, RELU -> true;
            default -> false;
        });
    }

    private void showValues(ActivationSettings now) {
        leaky.show(now.leakySlope());
        elu.show(now.eluAlpha());
        prelu.show(now.preluAlpha());
        List<ToDoubleFunction<MaxoutPieces>> parts = List.of(MaxoutPieces::w1, MaxoutPieces::b1,
                MaxoutPieces::w2, MaxoutPieces::b2);
        for (int i = 0; i < parts.size(); i++) {
            maxout.get(i).show(parts.get(i).applyAsDouble(now.maxout()));
        }
    }

    /** Up to three decimals, no trailing zeros, a true minus sign: 0.01, −0.5, 1. */
    static String format(double value) {
        return Num.upTo(value, 3);
    }

    private static double roundThousandth(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static double roundSignificant(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.round(value / magnitude) * magnitude;
    }
}
