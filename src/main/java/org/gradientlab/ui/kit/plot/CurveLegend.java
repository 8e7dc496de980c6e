package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The legend of a {@link CurvePlot} or a {@link ScatterPlot}, painted on the figure (so a vector
 * file holds it): a swatch (a short line, or a dot for points) and a name per group, in rows
 * under the plot or in a column right of it. It remembers where each entry went, so a click or a
 * key can hide the entry's group.
 */
final class CurveLegend {
    private static final double SWATCH = 18;

    private final boolean dots;

    /** One entry as laid out: the group it stands for and its box in the figure's coordinates. */
    record Entry(int group, String text, Rectangle2D box) {}

    private List<Entry> entries = List.of();
    // The entry the arrow keys have chosen.
    private int focused;
    private Font font = Font.getDefault();

    /** A legend whose swatches are lines ({@code dots} false) or dots. */
    CurveLegend(boolean dots) {
        this.dots = dots;
    }

    /** Lays the entries out in rows from (left, top) no wider than {@code width}; returns the height used. */
    double flow(List<String> texts, List<Integer> groups, Font textFont, double left, double top, double width) {
        font = textFont;
        double size = font.getSize();
        double rowHeight = size * 1.6;
        double gap = size * 1.2;
        double x = left;
        double y = top;
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double entryWidth = SWATCH + size * 0.4 + Painter.textWidth(texts.get(i), font);
            if (x > left && x + entryWidth > left + width) {
                x = left;
                y += rowHeight;
            }
            out.add(new Entry(groups.get(i), texts.get(i), new Rectangle2D(x, y, entryWidth, rowHeight)));
            x += entryWidth + gap;
        }
        entries = List.copyOf(out);
        return texts.isEmpty() ? 0 : y + rowHeight - top;
    }

    /** Lays the entries out one under the other from (left, top). */
    void column(List<String> texts, List<Integer> groups, Font textFont, double left, double top) {
        font = textFont;
        double rowHeight = font.getSize() * 1.5;
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double entryWidth = SWATCH + 8 + Painter.textWidth(texts.get(i), font);
            out.add(new Entry(groups.get(i), texts.get(i), new Rectangle2D(left, top + i * rowHeight, entryWidth,
                    rowHeight)));
        }
        entries = List.copyOf(out);
    }

    /** The widest entry text of {@code texts} plus its swatch. */
    static double width(List<String> texts, Font font) {
        return texts.stream().mapToDouble(t -> Painter.textWidth(t, font)).max().orElse(0) + SWATCH + 8;
    }

    void clear() {
        entries = List.of();
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry under (x, y), or -1. */
    int indexAt(double x, double y) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).box().contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Paints every entry: a swatch in the group's colour and its name; a hidden group's entry is
     * dimmed, a diverged group's name is in {@code alarm}.
     */
    void paint(Painter p, IntFunction<Color> colour, IntPredicate visible, IntPredicate diverged, Color text,
               Color alarm) {
        p.setFont(font);
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.CENTER);
        p.setLineDashes();
        for (Entry entry : entries) {
            int group = entry.group();
            double dim = visible.test(group) ? 1 : 0.35;
            double cy = entry.box().getMinY() + entry.box().getHeight() / 2;
            double x = entry.box().getMinX();
            Color swatch = colour.apply(group).deriveColor(0, 1, 1, dim);
            if (dots) {
                p.setFill(swatch);
                p.fillOval(x + SWATCH / 2 - ScatterPlot.RADIUS, cy - ScatterPlot.RADIUS, 2 * ScatterPlot.RADIUS,
                        2 * ScatterPlot.RADIUS);
            } else {
                p.setStroke(swatch);
                p.setLineWidth(3);
                p.strokeLine(x, cy, x + SWATCH, cy);
            }
            p.setFill((diverged.test(group) ? alarm : text).deriveColor(0, 1, 1, dim));
            p.fillText(entry.text(), x + SWATCH + font.getSize() * 0.4, cy);
        }
    }

    /** Toggles the group of the entry under (x, y), if any. */
    void click(double x, double y, IntConsumer toggle) {
        int entry = indexAt(x, y);
        if (entry >= 0) {
            focused = entry;
            toggle.accept(entries.get(entry).group());
        }
    }

    /** ← and → choose an entry, Space and Enter toggle its group; returns whether the key was used. */
    boolean key(KeyCode code, IntConsumer toggle) {
        if (entries.isEmpty()) {
            return false;
        }
        if (code == KeyCode.RIGHT || code == KeyCode.LEFT) {
            focused = Math.floorMod(focused + (code == KeyCode.RIGHT ? 1 : -1), entries.size());
            return true;
        }
        if (code == KeyCode.SPACE || code == KeyCode.ENTER) {
            toggle.accept(entries.get(Math.min(focused, entries.size() - 1)).group());
            return true;
        }
        return false;
    }

    /** A ring around the chosen entry: where the keyboard is. */
    void paintFocus(Painter p, Color colour) {
        if (focused >= entries.size()) {
            return;
        }
        Rectangle2D box = entries.get(focused).box();
        p.setStroke(colour);
        p.setLineWidth(1);
        p.setLineDashes(2, 2);
        p.strokeRoundRect(box.getMinX() - 3, box.getMinY() + 1, box.getWidth() + 6, box.getHeight() - 2, 4, 4);
        p.setLineDashes();
    }
}
