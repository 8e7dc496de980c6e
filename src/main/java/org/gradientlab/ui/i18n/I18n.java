package org.gradientlab.ui.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;

/**
 * The UI's strings, from resources/i18n/messages*.properties. Views never hold a translated
 * string: they bind to {@link #label} (or {@link #bind}), and a text made later from arguments is
 * kept as a {@link Message}, so a change of {@link #languageProperty()} re-labels every open
 * window at once, finished-run entries and status lines included.
 */
public final class I18n {
    static final String BUNDLE = "i18n.messages";

    // Without a fallback control, asking for English on a Korean machine would find
    // messages_ko via the default locale before the base file.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReadOnlyObjectWrapper<Language> language;
    private ResourceBundle bundle;

    public I18n(Language initial) {
        bundle = load(initial);
        language = new ReadOnlyObjectWrapper<>(this, "language", initial);
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public void setLanguage(Language next) {
        Objects.requireNonNull(next, "language");
        bundle = load(next);
        language.set(next);
    }

    /**
     * Runs {@code redo} after each change of language: the one way to follow the language for
     * what cannot bind a text, a canvas repainting the words it draws, an editable text area
     * showing the notes of the new language, combo-box cells made again. Everything else binds
     * through {@link #label}, {@link #render} or {@link #bind}.
     */
    public void whenLanguageChanges(Runnable redo) {
        Objects.requireNonNull(redo, "redo");
        language.addListener((o, was, is) -> redo.run());
    }

    /** The text of {@code key} now, with MessageFormat {@code args}; "!key!" when missing. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object value = args[i] instanceof ObservableValue<?> o ? o.getValue() : args[i];
            values[i] = value instanceof Message m ? text(m) : shownCount(pattern, i, value);
        }
        return new MessageFormat(pattern, language.get().locale()).format(values);
    }

    /**
     * A whole number placed plainly ({@code {i}}) is written by {@link Num#integer}, grouped
     * with a true minus sign in every language ("1,234", "−3"); an argument with a format of
     * its own ({@code {i,number,#}} for ids such as seeds, {@code {i,choice,…}} for plurals)
     * keeps its number.
     */
    private static Object shownCount(String pattern, int index, Object value) {
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte;
        return whole && !pattern.contains("{" + index + ",") ? Num.integer(((Number) value).longValue()) : value;
    }

    /**
     * A binding to the text of {@code key} that follows the language; arguments that are
     * observable values are followed too.
     */
    public StringBinding label(String key, Object... args) {
        List<Observable> dependencies = new ArrayList<>();
        dependencies.add(language);
        for (Object arg : args) {
            if (arg instanceof Observable o) {
                dependencies.add(o);
            }
        }
        return Bindings.createStringBinding(() -> text(key, args), dependencies.toArray(Observable[]::new));
    }

    /** {@code message} in the current language; the empty message is "". */
    public String text(Message message) {
        return message.isEmpty() ? "" : text(message.key(), message.args().toArray());
    }

    /** A binding to {@code message} that follows the language. */
    public StringBinding label(Message message) {
        return label(message.key(), message.args().toArray());
    }

    /** A binding to whatever message {@code message} holds, rendered in the current language. */
    public StringBinding label(ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> message.getValue() == null ? "" : text(message.getValue()),
                language, message);
    }

    /**
     * A text computed by {@code text} (which reads this I18n and any of {@code on}), computed
     * again when the language or one of {@code on} changes: for texts assembled from several
     * messages, in place of a hand-written language listener.
     */
    public StringBinding render(Supplier<String> text, Observable... on) {
        Observable[] dependencies = Arrays.copyOf(on, on.length + 1);
        dependencies[on.length] = language;
        return Bindings.createStringBinding(text::get, dependencies);
    }

    /**
     * Shows {@code key} with {@code args} in {@code target} (a label's or button's text) from now
     * on, in whatever language is chosen: the one call that replaces setText(i18n.text(...)) and
     * a language listener.
     */
    public void bind(StringProperty target, String key, Object... args) {
        target.bind(label(key, args));
    }

    /** As {@link #bind(StringProperty, String, Object...)} for a message. */
    public void bind(StringProperty target, Message message) {
        target.bind(message.isEmpty() ? Bindings.createStringBinding(() -> "") : label(message));
    }

    static ResourceBundle load(Language language) {
        Locale locale = language == Language.ENGLISH ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), NO_FALLBACK);
    }
}
