package org.gradientlab.ui.theme;

import java.util.Objects;
import java.util.Optional;

import org.gradientlab.ui.i18n.Choice;

/** A colour scheme: one stylesheet under resources/css built on Modena's looked-up colours. */
public enum Theme implements Choice {
    LIGHT("light", "theme.light"),
    DARK("dark", "theme.dark"),
    HIGH_CONTRAST("high-contrast", "theme.high-contrast");

    private final String id;
    private final String nameKey;

    Theme(String id, String nameKey) {
        this.id = id;
        this.nameKey = nameKey;
    }

    /** "light", "dark", "high-contrast". */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }

    /** The external form of the theme's stylesheet, ready for Scene.getStylesheets(). */
    public String stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource("/css/" + id + ".css"), id + ".css missing")
                .toExternalForm();
    }

    public static Optional<Theme> fromId(String id) {
        return Choice.byId(values(), id);
    }
}
