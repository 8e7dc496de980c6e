package org.gradientlab.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javafx.scene.text.Font;

/**
 * Registers the bundled Noto Sans KR with JavaFX. A fresh Linux machine has no font with
 * Hangul, so without it Korean labels render as boxes; the theme sheets then name the family.
 */
public final class Fonts {
    public static final String FAMILY = "Noto Sans KR";
    private static final String[] FILES = {"/fonts/NotoSansKR-Regular.ttf", "/fonts/NotoSansKR-Bold.ttf"};
    private static boolean loaded;

    private Fonts() {}

    /** Loads the bundled faces once; safe to call from any thread, before or after the toolkit starts. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("cannot load bundled font " + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }
}
