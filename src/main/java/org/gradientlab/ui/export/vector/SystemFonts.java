package org.gradientlab.ui.export.vector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A font of the system with the symbols Noto Sans KR lacks (superscripts, subscripts, ⌈ ⌉):
 * the one JavaFX itself falls back to on each platform, found at its usual place.
 */
final class SystemFonts {
    private static final List<String> FALLBACKS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  // Debian, Ubuntu
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",  // Fedora
            "/usr/share/fonts/TTF/DejaVuSans.ttf",  // Arch
            "C:/Windows/Fonts/seguisym.ttf",  // Segoe UI Symbol
            "C:/Windows/Fonts/arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf");

    private SystemFonts() {}

    static Optional<Path> fallback() {
        return FALLBACKS.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }
}
