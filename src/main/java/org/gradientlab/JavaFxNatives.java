package org.gradientlab;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The runnable jar carries the JavaFX natives of the platform it was built on only (Maven picks
 * them by the build machine's OS). Started elsewhere, JavaFX would fail deep inside with an
 * UnsatisfiedLinkError, or not at all visibly; this names the mismatch instead.
 */
final class JavaFxNatives {
    /** The glass library's file name on each platform, as it sits at the root of JavaFX's jar. */
    record Platform(String name, String glassLibrary) {}

    static final List<Platform> PLATFORMS = List.of(
            new Platform("Linux", "libglass.so"),
            new Platform("Windows", "glass.dll"),
            new Platform("macOS", "libglass.dylib"));

    private JavaFxNatives() {}

    /**
     * A message when the natives of another platform are present and this one's are not; empty
     * when this platform's are there, or when none are found by name (a JavaFX from elsewhere,
     * e.g. a jlinked runtime, which then speaks for itself).
     */
    static Optional<String> mismatch(String osName, Predicate<String> resourcePresent) {
        Platform running = platformOf(osName);
        if (running == null || resourcePresent.test(running.glassLibrary())) {
            return Optional.empty();
        }
        return PLATFORMS.stream()
                .filter(other -> resourcePresent.test(other.glassLibrary()))
                .findFirst()
                .map(built -> "This gradient-lab.jar carries JavaFX for " + built.name() + " only and cannot"
                        + " open windows on " + running.name() + ". Install the Gradient Lab package for "
                        + running.name() + ", or build the jar on this computer (mvn package).");
    }

    /** The check for this JVM: the natives as resources of the class path. */
    static Optional<String> mismatchHere() {
        ClassLoader loader = JavaFxNatives.class.getClassLoader();
        return mismatch(System.getProperty("os.name", ""), name -> loader.getResource(name) != null);
    }

    static Platform platformOf(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return PLATFORMS.get(1);
        }
        if (os.startsWith("mac")) {
            return PLATFORMS.get(2);
        }
        return os.startsWith("linux") ? PLATFORMS.get(0) : null;
    }
}
