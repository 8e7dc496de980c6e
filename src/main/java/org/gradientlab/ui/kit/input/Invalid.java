package org.gradientlab.ui.kit.input;

import org.gradientlab.ui.i18n.I18n;

/**
 * Why a text is refused: an i18n key and its arguments, worded when shown so the message
 * follows the UI language. Thrown by a {@link Parser}; without a stack trace, as it is expected.
 */
public final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public Invalid(String key, Object... args) {
        super(key, null);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The message's arguments, as the parser wrote them. */
    public Object[] args() {
        return args.clone();
    }

    /** The message in the UI's language now. */
    public String text(I18n i18n) {
        return i18n.text(key, args);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
