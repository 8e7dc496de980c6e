package org.gradientlab.ui.export.vector;

import javafx.scene.paint.Color;

/** Text and colours as SVG writes them. */
final class Xml {
    private Xml() {}

    /** {@code text} safe inside an element or an attribute; characters XML forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && (c < 0xD800 || c > 0xDFFF))) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** #rrggbb; the alpha goes into its own attribute. */
    static String hex(Color colour) {
        return String.format("#%02x%02x%02x", channel(colour.getRed()), channel(colour.getGreen()),
                channel(colour.getBlue()));
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }
}
