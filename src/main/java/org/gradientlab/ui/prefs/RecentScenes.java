package org.gradientlab.ui.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The scene files opened or saved last, newest first, at most {@link #MAX}; kept in the shell's
 * preferences node as "recentScene0", "recentScene1", ... A path that no longer parses is dropped.
 */
public final class RecentScenes {
    public static final int MAX = 8;
    private static final String KEY = "recentScene";
    private final Preferences node;

    RecentScenes(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String text = node.get(KEY + i, "");
            if (text.isEmpty()) {
                continue;
            }
            try {
                Path path = Path.of(text);
                if (!paths.contains(path)) {
                    paths.add(path);
                }
            } catch (InvalidPathException e) {
                // Written on another system or edited by hand: not worth a message.
            }
        }
        return paths;
    }

    /** Puts {@code file} first; it leaves its old place, and the oldest beyond {@link #MAX} goes. */
    public void add(Path file) {
        List<Path> paths = list();
        Path absolute = file.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                node.put(KEY + i, paths.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("warning: recent scenes not saved: " + e.getMessage());
        }
    }
}
