package org.gradientlab.ui.kit.input;

/** Reads a value from what was typed, or throws {@link Invalid} saying why it cannot. */
@FunctionalInterface
public interface Parser<T> {
    T parse(String text);

    /** The same parser with {@code key} (and its arguments) as the message of every refusal. */
    default Parser<T> orSay(String key, Object... args) {
        return text -> {
            try {
                return parse(text);
            } catch (Invalid e) {
                throw new Invalid(key, args);
            }
        };
    }
}
