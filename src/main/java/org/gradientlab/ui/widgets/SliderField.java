package org.gradientlab.ui.widgets;

import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.input.Invalid;
import org.gradientlab.ui.kit.input.Parsers;
import org.gradientlab.ui.kit.input.ValidatedField;

/**
 * A number with a slider for quick moves (linear or logarithmic) and a text field for the
 * exact value (the input kit's {@link ValidatedField}), and below them the message of a
 * rejected value. The receiver validates: a value it rejects with IllegalArgumentException
 * shows the message and changes nothing.
 */
public final class SliderField extends VBox {
    /** Takes a new value; throws IllegalArgumentException to reject it. */
    @FunctionalInterface
    public interface Receiver {
        void accept(double value);
    }

    private final Slider slider = new Slider();
    private final ValidatedField<Double> input;
    private final boolean logarithmic;
    private Receiver receiver = value -> { };
    private DoubleFunction<String> format = Double::toString;
    private DoubleUnaryOperator tidy = v -> v;
    private boolean showing;

    public SliderField(I18n i18n, ObservableValue<String> name, double min, double max, boolean logarithmic) {
        this.logarithmic = logarithmic;
        getStyleClass().add("slider-field");
        input = new ValidatedField<>(i18n, null, Parsers::number);
        Label label = new Label();
        label.textProperty().bind(name);
        label.getStyleClass().add("slider-field-name");
        label.setLabelFor(input.field());
        slider.setMin(toSlider(min));
        slider.setMax(toSlider(max));
        HBox.setHgrow(slider, Priority.ALWAYS);
        input.field().setPrefColumnCount(6);
        HBox row = new HBox(8, slider, input.field());
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, row, input.error());
        wire();
    }

    private void wire() {
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                commitSlider(tidy.applyAsDouble(fromSlider(now.doubleValue())));
            }
        });
        input.setOnCommit(value -> {
            receiver.accept(value);
            show(value);
        });
    }

    /** Who receives committed values. */
    public void setReceiver(Receiver next) {
        receiver = next;
    }

    /** The message shown for rejected text (the argument is what was typed). */
    public void setMessage(Function<String, String> next) {
        input.setMessage(next);
    }

    /** How a value is written in the field, and how a slider value is rounded before it is sent. */
    public void setFormat(DoubleFunction<String> text, DoubleUnaryOperator rounding) {
        format = text;
        tidy = rounding;
    }

    /** Shows {@code value} in slider and field without sending it. */
    public void show(double value) {
        showing = true;
        try {
            slider.setValue(toSlider(value));
            if (!input.field().isFocused() || !input.error().isVisible()) {
                input.setText(format.apply(value));
            }
        } finally {
            showing = false;
        }
    }

    /** Hides a shown rejection: the field shows the slider's value again (another run's settings are shown). */
    public void clearError() {
        input.clearRejection();
        if (!input.validProperty().get()) {
            input.setText(format.apply(fromSlider(slider.getValue())));
        }
    }

    public TextField field() {
        return input.field();
    }

    public Slider slider() {
        return slider;
    }

    public Label error() {
        return input.error();
    }

    private void commitSlider(double value) {
        try {
            receiver.accept(value);
            show(value);
        } catch (IllegalArgumentException e) {
            showing = true;
            try {
                input.setText(format.apply(value));
            } finally {
                showing = false;
            }
            input.reject(new Invalid("input.error.refused"));
        }
    }

    private double toSlider(double value) {
        return logarithmic ? Math.log10(Math.max(value, 1e-300)) : value;
    }

    private double fromSlider(double position) {
        return logarithmic ? Math.pow(10, position) : position;
    }
}
