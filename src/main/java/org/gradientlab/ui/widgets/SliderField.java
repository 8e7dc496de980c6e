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

/**
 * A number with a slider for quick moves (linear or logarithmic) and a text field for the
 * exact value, and below them the message of a rejected value. The receiver validates: a value
 * it rejects with IllegalArgumentException shows the message and changes nothing.
 */
public final class SliderField extends VBox {
    /** Takes a new value; throws IllegalArgumentException to reject it. */
    @FunctionalInterface
    public interface Receiver {
        void accept(double value);
    }

    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final boolean logarithmic;
    private Receiver receiver = value -> { };
    private Function<String, String> message = text -> text;
    private String rejected;
    private DoubleFunction<String> format = Double::toString;
    private DoubleUnaryOperator tidy = v -> v;
    private boolean showing;

    public SliderField(ObservableValue<String> name, double min, double max, boolean logarithmic) {
        this.logarithmic = logarithmic;
        getStyleClass().add("slider-field");
        Label label = new Label();
        label.textProperty().bind(name);
        // The name follows the UI language; a shown rejection is worded again with it.
        name.addListener((obs, was, is) -> {
            if (error.isVisible()) {
                error.setText(message.apply(rejected));
            }
        });
        label.getStyleClass().add("slider-field-name");
        label.setLabelFor(field);
        slider.setMin(toSlider(min));
        slider.setMax(toSlider(max));
        HBox.setHgrow(slider, Priority.ALWAYS);
        field.setPrefColumnCount(6);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        HBox row = new HBox(8, slider, field);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, row, error);
        wire();
    }

    private void wire() {
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                commit(tidy.applyAsDouble(fromSlider(now.doubleValue())), null);
            }
        });
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitText();
            }
        });
    }

    /** Who receives committed values. */
    public void setReceiver(Receiver next) {
        receiver = next;
    }

    /** The message shown for rejected text (the argument is what was typed). */
    public void setMessage(Function<String, String> next) {
        message = next;
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
            if (!field.isFocused() || !error.isVisible()) {
                field.setText(format.apply(value));
            }
        } finally {
            showing = false;
        }
    }

    public TextField field() {
        return field;
    }

    public Slider slider() {
        return slider;
    }

    public Label error() {
        return error;
    }

    private void commitText() {
        String text = field.getText();
        try {
            double value = Double.parseDouble(text.strip().replace('\u2212', '-').replace(',', '.'));
            commit(value, text);
        } catch (NumberFormatException e) {
            reject(text);
        }
    }

    private void commit(double value, String typed) {
        try {
            receiver.accept(value);
            error.setVisible(false);
            field.getStyleClass().remove("invalid");
            show(value);
        } catch (IllegalArgumentException e) {
            reject(typed == null ? format.apply(value) : typed);
        }
    }

    private void reject(String typed) {
        rejected = typed;
        error.setText(message.apply(typed));
        error.setVisible(true);
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
    }

    private double toSlider(double value) {
        return logarithmic ? Math.log10(Math.max(value, 1e-300)) : value;
    }

    private double fromSlider(double position) {
        return logarithmic ? Math.pow(10, position) : position;
    }
}
