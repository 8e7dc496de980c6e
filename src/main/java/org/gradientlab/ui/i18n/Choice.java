package org.gradientlab.ui.i18n;

import java.util.Arrays;
import java.util.Optional;

/** A user-selectable option (language, theme): an id for files and the command line, a label key for menus. */
public interface Choice {
    /** Stable id used in preferences and on the command line. */
    String id();

    /** i18n key of the name shown in menus. */
    String nameKey();

    /** The value among {@code values} whose id matches, ignoring case. */
    static <T extends Choice> Optional<T> byId(T[] values, String id) {
        return Arrays.stream(values).filter(v -> v.id().equalsIgnoreCase(id)).findFirst();
    }
}
