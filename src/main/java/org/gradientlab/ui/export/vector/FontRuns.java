package org.gradientlab.ui.export.vector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Splits a line of text into runs by the font that has its glyphs: the bundled Noto Sans KR
 * first, then a system fallback, as JavaFX itself falls back on screen (Noto Sans KR lacks
 * superscripts such as ⁻ and subscripts such as ₁ that labels use). PDFBox refuses a whole
 * line for one missing glyph; a character no font has becomes "?" and the rest survives.
 */
final class FontRuns {
    /** Characters of one font. */
    record Run(String text, PDFont font) {
        /** The run's advance at {@code size} points. */
        double width(double size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                return 0;
            }
        }
    }

    private final List<PDFont> fonts;
    private final Map<Integer, PDFont> chosen = new HashMap<>();

    /** {@code fonts}: in order of preference, the first one last resort for "?". */
    FontRuns(List<PDFont> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    List<Run> split(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont[] font = {null};
        text.codePoints().forEach(c -> {
            int shown = Character.isISOControl(c) ? ' ' : c;
            PDFont f = chosen.computeIfAbsent(shown, this::fontFor);
            if (f == null) {
                shown = '?';
                f = fonts.get(0);
            }
            if (font[0] != null && f != font[0]) {
                runs.add(new Run(current.toString(), font[0]));
                current.setLength(0);
            }
            font[0] = f;
            current.appendCodePoint(shown);
        });
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), font[0]));
        }
        return runs;
    }

    private PDFont fontFor(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        for (PDFont font : fonts) {
            try {
                font.encode(character);
                return font;
            } catch (IllegalArgumentException | IOException missing) {
                // try the next font
            }
        }
        return null;
    }
}
