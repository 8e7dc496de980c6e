package org.gradientlab.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the UI ships; each has a messages file under resources/i18n. */
public enum Language implements Choice {
    ENGLISH("en", "language.en"),
    KOREAN("ko", "language.ko");

    private final String id;
    private final String nameKey;

    Language(String id, String nameKey) {
        this.id = id;
        this.nameKey = nameKey;
    }

    /** The language tag: "en", "ko". */
    @Override
    public String id() {
        return id;
    }

    /** Key of the language's own name, the same in every file ("한국어"), so anyone finds theirs. */
    @Override
    public String nameKey() {
        return nameKey;
    }

    public Locale locale() {
        return Locale.forLanguageTag(id);
    }

    public static Optional<Language> fromId(String id) {
        return Choice.byId(values(), id);
    }
}
