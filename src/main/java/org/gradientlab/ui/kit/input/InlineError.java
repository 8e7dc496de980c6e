package org.gradientlab.ui.kit.input;

import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import org.gradientlab.ui.i18n.I18n;

/**
 * How a refused text shows, the same in every lab: the message in a label under the field, a
 * red border ({@code invalid} style class, base.css) and ControlsFX's error mark in the field's
 * corner whose tooltip repeats the message. The label binds the message, so it is worded again
 * when the language changes.
 */
final class InlineError {
    private final I18n i18n;
    private final TextField field;
    private final Label label = new Label();
    private final ValidationSupport support = new ValidationSupport();
    private Supplier<String> message;

    InlineError(I18n i18n, TextField field, String labelId) {
        this.i18n = i18n;
        this.field = field;
        label.setId(labelId);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        // The message wraps in the width its box already has: asking for its one-line width
        // widened the training lab's sidebar by about 30 px at each refusal (issue 15).
        label.setMinWidth(0);
        label.setPrefWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        // ValidationSupport runs the validator a pulse later, so it reads the message in force then.
        support.registerValidator(field, false, (c, text) -> message == null
                ? new ValidationResult() : ValidationResult.fromError(c, message.get()));
        // The label follows the language by itself; the corner mark's tooltip follows the label.
        label.textProperty().addListener((o, was, is) -> {
            if (message != null) {
                support.revalidate(field);
            }
        });
    }

    Label label() {
        return label;
    }

    boolean showing() {
        return message != null;
    }

    void show(Supplier<String> next) {
        message = next;
        label.textProperty().bind(i18n.render(next::get));
        label.setVisible(true);
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
        support.revalidate(field);
    }

    void clear() {
        if (message == null) {
            return;
        }
        message = null;
        label.textProperty().unbind();
        label.setText("");
        label.setVisible(false);
        field.getStyleClass().remove("invalid");
        support.revalidate(field);
    }
}
