package org.gradientlab.ui.shell;

/** What the menu bar's commands do; the offscreen snapshot uses {@link #NONE}. */
public record MenuActions(Runnable exportPng, Runnable copyImage, Runnable quit,
                          Runnable showShortcuts, Runnable showAbout) {
    private static final Runnable NOTHING = () -> {};

    public static final MenuActions NONE = new MenuActions(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING);
}
