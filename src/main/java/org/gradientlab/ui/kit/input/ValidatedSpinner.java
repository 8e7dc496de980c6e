package org.gradientlab.ui.kit.input;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

import org.gradientlab.ui.i18n.I18n;

/**
 * A whole-number spinner that never throws on what is typed. JavaFX's own converter throws
 * NumberFormatException on the FX thread for "abc" or "1.5" (and again on every arrow click
 * until the text is retyped) and clamps −1 to the minimum without a word. Here the text is read
 * by {@link Parsers#wholeInt}: refused text keeps the last valid value, shows the kit's inline
 * message, and the arrows step on from that value.
 */
public final class ValidatedSpinner {
    private final Spinner<Integer> spinner = new Spinner<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory factory;
    private final InlineError error;
    private final I18n i18n;
    private final int min;
    private final int max;

    /** A spinner with node id {@code id}; its message label is {@code id + "-error"}. */
    public ValidatedSpinner(I18n i18n, String id, int min, int max, int initial) {
        this.i18n = i18n;
        this.min = min;
        this.max = max;
        factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : Integer.toString(value);
            }

            @Override
            public Integer fromString(String text) {
                // Called on commit and before each arrow step: refused text leaves the value as it was.
                Integer parsed = parse(text);
                return parsed != null ? parsed : factory.getValue();
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setId(id);
        error = new InlineError(i18n, spinner.getEditor(), id + "-error");
        spinner.getEditor().textProperty().addListener((o, was, is) -> parse(is));
    }

    public Spinner<Integer> spinner() {
        return spinner;
    }

    /** The message under the spinner, hidden while the text is valid. */
    public Label error() {
        return error.label();
    }

    private Integer parse(String text) {
        try {
            int value = Parsers.wholeInt(text, min, max);
            error.clear();
            return value;
        } catch (Invalid e) {
            error.show(() -> e.text(i18n));
            return null;
        }
    }
}
