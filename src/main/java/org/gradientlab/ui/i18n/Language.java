package org.gradientlab.ui.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the UI ships; each has a messages file under resources/i18n. */
public enum Language {
    ENGLISH("en", "language.en"),
    KOREAN("ko", "language.ko");

    private final String tag;
    private final String nameKey;

    Language(String tag, String nameKey) {
        this.tag = tag;
        this.nameKey = nameKey;
    }

    /** The code used on the command line and in preferences: "en", "ko". */
    public String tag() {
        return tag;
    }

    /** Key of the language's own name (shown in that language in every file: "한국어"). */
    public String nameKey() {
        return nameKey;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
