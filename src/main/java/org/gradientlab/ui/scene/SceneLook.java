package org.gradientlab.ui.scene;

import java.util.Objects;

import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/** The look a scene asks for: the theme and the font scale in percent (100–200). */
public record SceneLook(Theme theme, int fontScale) {
    public SceneLook {
        Objects.requireNonNull(theme, "theme");
        if (fontScale < Appearance.MIN_FONT_SCALE || fontScale > Appearance.MAX_FONT_SCALE) {
            throw new IllegalArgumentException("fontScale must be in " + Appearance.MIN_FONT_SCALE + ".."
                    + Appearance.MAX_FONT_SCALE + ", got " + fontScale);
        }
    }
}
