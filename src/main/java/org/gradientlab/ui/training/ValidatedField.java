package org.gradientlab.ui.training;

import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Message;

/**
 * A text field with its parser and an inline message under it: the message names what is wrong
 * while the user types, and {@link #value()} is empty until the text parses.
 *
 * @param <T> the parsed value
 */
final class ValidatedField<T> {
    /** A parse failure: an i18n key and its arguments. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    private final I18n i18n;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Parser<T> parser;
    private Invalid problem;

    ValidatedField(I18n i18n, String id, Parser<T> parser) {
        this.i18n = i18n;
        this.parser = parser;
        field.setId(id);
        field.setPrefColumnCount(8);
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setManaged(false);
        error.setVisible(false);
        field.textProperty().addListener((o, was, is) -> validate());
    }

    TextField field() {
        return field;
    }

    Label error() {
        return error;
    }

    void setText(String text) {
        field.setText(text);
    }

    /** The parsed value, or empty (and the message shown) when the text is invalid. */
    Optional<T> value() {
        validate();
        if (problem != null) {
            return Optional.empty();
        }
        return Optional.of(parser.parse(field.getText().trim()));
    }

    private void validate() {
        try {
            parser.parse(field.getText().trim());
            problem = null;
        } catch (Invalid e) {
            problem = e;
        }
        show();
    }

    private void show() {
        boolean bad = problem != null;
        i18n.bind(error.textProperty(), bad ? Message.of(problem.key, problem.args) : Message.EMPTY);
        error.setManaged(bad);
        error.setVisible(bad);
        if (bad && !field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        } else if (!bad) {
            field.getStyleClass().remove("invalid");
        }
    }

    static int integer(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new Invalid("training.error.int-range", min, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Invalid("training.error.int-range", min, max);
        }
    }

    /** A finite number in [min, max] (or [min, max) when {@code maxExclusive}). */
    static double number(String text, double min, double max, boolean maxExclusive, String rangeKey) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new Invalid("training.error.number");
        }
        if (!Double.isFinite(value) || value < min || value > max || (maxExclusive && value == max)) {
            throw new Invalid(rangeKey);
        }
        return value;
    }
}
