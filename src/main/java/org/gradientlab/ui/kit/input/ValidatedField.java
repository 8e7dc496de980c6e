package org.gradientlab.ui.kit.input;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.gradientlab.ui.i18n.I18n;

/**
 * One typed value (a number, a whole number, a list of sizes, a formula): a text field, its
 * parser and the message under it. The text is checked as it is typed, so a mistake is named
 * at once; refused text changes nothing ({@link #valueProperty()} keeps the last valid value).
 * Enter and leaving the field commit valid text to the receiver, which may refuse it too
 * (IllegalArgumentException): its refusal shows the same way. Nothing here throws on bad text.
 *
 * @param <T> the parsed value
 */
public final class ValidatedField<T> {
    private final I18n i18n;
    private final TextField field = new TextField();
    private final InlineError error;
    private final Parser<T> parser;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private Consumer<T> receiver = v -> { };
    private Consumer<T> onValidEdit = v -> { };
    private Function<String, String> message;
    private Invalid parseProblem;
    private Supplier<String> rejection;

    /** A field with node id {@code id} (none when null); its message label is {@code id + "-error"}. */
    public ValidatedField(I18n i18n, String id, Parser<T> parser) {
        this.i18n = i18n;
        this.parser = parser;
        field.setId(id);
        field.setPrefColumnCount(8);
        error = new InlineError(i18n, field, id == null ? null : id + "-error");
        field.textProperty().addListener((o, was, is) -> edited());
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** The message under the field, hidden (and unmanaged) while the text is valid. */
    public Label error() {
        return error.label();
    }

    /** The last value the text parsed to, keystroke by keystroke (null before any); bad text leaves it. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** True while the text parses and no refusal is shown. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /**
     * The value of the text as it stands, or empty (its message shown) when it does not parse.
     * Parsed here rather than read from the last edit: a listener on the text that runs before
     * this field's own (any invalidation listener does) would otherwise read the keystroke before.
     */
    public Optional<T> value() {
        String text = field.getText();
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parser.parse(text));
        } catch (Invalid e) {
            return Optional.empty();
        }
    }

    /** Sets the text (a model's value shown); it is checked like typed text but not committed. */
    public void setText(String text) {
        field.setText(text);
    }

    /** Who receives committed values; throwing IllegalArgumentException refuses one. */
    public void setOnCommit(Consumer<T> next) {
        receiver = next;
    }

    /** Called with each valid value as it is typed, before any commit. */
    public void setOnValidEdit(Consumer<T> next) {
        onValidEdit = next;
    }

    /** Words every refusal from what was typed, instead of the parser's or receiver's message. */
    public void setMessage(Function<String, String> typedToMessage) {
        message = typedToMessage;
        show();
    }

    /** Shows a refusal that is not the parser's (a rule across fields); cleared by the next edit. */
    public void reject(Supplier<String> why) {
        rejection = why;
        show();
    }

    /** Shows {@code why}, worded in the UI's language now and after a change. */
    public void reject(Invalid why) {
        reject(() -> why.text(i18n));
    }

    /** Takes back a refusal from {@link #reject}. */
    public void clearRejection() {
        if (rejection != null) {
            rejection = null;
            show();
        }
    }

    /** Commits the text now, as Enter does. */
    public void commit() {
        if (parseProblem != null) {
            return;
        }
        Supplier<String> before = rejection;
        rejection = null;
        try {
            receiver.accept(value.get());
        } catch (Invalid e) {
            reject(e);
            return;
        } catch (IllegalArgumentException e) {
            // The receiver's own words are for developers; the user reads the field's message.
            reject(new Invalid("input.error.refused"));
            return;
        }
        // The receiver may have shown a refusal of its own (a formula's parse error): it stays.
        if (before != null && rejection == null) {
            show();
        }
    }

    private void edited() {
        rejection = null;
        try {
            T parsed = parser.parse(field.getText() == null ? "" : field.getText());
            parseProblem = null;
            value.set(parsed);
            show();
            onValidEdit.accept(parsed);
        } catch (Invalid e) {
            parseProblem = e;
            show();
        }
    }

    private void show() {
        valid.set(parseProblem == null && rejection == null);
        if (valid.get()) {
            error.clear();
            return;
        }
        String typed = field.getText();
        Invalid problem = parseProblem;
        Supplier<String> refused = rejection;
        error.show(message != null ? () -> message.apply(typed)
                : problem != null ? () -> problem.text(i18n) : refused);
    }
}
