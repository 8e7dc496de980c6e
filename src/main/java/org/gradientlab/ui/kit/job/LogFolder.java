package org.gradientlab.ui.kit.job;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app writes its log: the user's application-data folder, as each system names it.
 * The system property {@value #PROPERTY} points it elsewhere (tests, a portable install).
 */
public final class LogFolder {
    public static final String PROPERTY = "gradientlab.logDir";

    private LogFolder() {}

    /** The folder for this user and system. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("GradientLab").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "GradientLab", "logs");
        }
        // XDG base directories: $XDG_DATA_HOME, by default ~/.local/share.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("gradient-lab").resolve("logs");
    }
}
