package org.gradientlab.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the menu bar's commands do; the offscreen snapshot uses {@link #NONE}.
 *
 * @param recentScenes the files File → Open recent scene lists, read when the menu opens
 * @param openScene    opens one of them
 * @param lessons      ids of the lessons Help → Lessons offers (title key "lesson.title.ID")
 */
public record MenuActions(Runnable exportPng, Runnable copyImage, Runnable quit,
                         Runnable showShortcuts, Runnable showAbout,
                         Runnable saveScene, Runnable openSceneFile, Supplier<List<Path>> recentScenes,
                         Consumer<Path> openScene, List<String> lessons, Consumer<String> openLesson,
                         Runnable newLesson) {
    private static final Runnable NOTHING = () -> {};

    public static final MenuActions NONE = new MenuActions(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING,
            NOTHING, NOTHING, List::of, path -> {}, List.of(), id -> {}, NOTHING);
}
