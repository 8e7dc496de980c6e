package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.surface.ViewRect;

/**
 * Where the parts of a {@link CurvePlot} go (title, plot area, axes' labels, legend, read-out)
 * and the layer under the data: background, title, axes, legend, empty text. The plot area's
 * left edge leaves room for the widest y label, so a log axis's 10⁻³ and a loss's 2.5 both fit.
 */
final class CurveLayout {
    private static final double RIGHT = 14;
    private static final double TICK_ROOM = 10;
    private static final double LEGEND_MIN = 260;
    /** Room kept between the empty text and the plot area's sides. */
    static final double EMPTY_MARGIN = 8;
    private static final double READOUT_MARGIN = 4;
    /** A title wraps onto at most this many lines. */
    static final int TITLE_LINES = 2;

    private final CurvePlot plot;
    private final CurveRange range;
    private final BooleanProperty logY;
    ObservableStringValue xName;
    ObservableStringValue yName;
    ObservableStringValue title;
    ObservableStringValue emptyText;
    ObservableStringValue note;
    boolean compact;
    /** The x axis: [xMin, xMax], about xTicks ticks (0: as many as fit). */
    double xMin;
    double xMax = 1;
    int xTicks;
    /** The plot area as last painted; null while the figure is too small for one. */
    PlotTransform transform;
    private double readoutY;
    /** True when the last painted title was cut with an ellipsis: it did not fit in its lines. */
    boolean titleCut;

    CurveLayout(CurvePlot plot, CurveRange range, BooleanProperty logY) {
        this.plot = plot;
        this.range = range;
        this.logY = logY;
    }

    void paintBack(Painter p, double width, double height, CurvePlot.Legend place, CurveLegend legend,
                   List<String> legendTexts, List<Integer> legendGroups, boolean empty, boolean readout) {
        p.setFill(plot.backgroundColour());
        p.fillRect(0, 0, width, height);
        Font font = plot.plotFont();
        double size = font.getSize();
        String x = compact ? "" : CurveTexts.text(xName);
        String y = compact ? "" : CurveTexts.text(yName);
        String heading = CurveTexts.text(title);
        Font headingFont = compact ? plot.plotFont(FontWeight.NORMAL, 0.9) : plot.plotFont(FontWeight.BOLD, 1.1);

        // A title wider than the figure wraps at spaces (a small multiple's "update ratio ‖ΔW‖/‖W‖"
        // in half a window); only a single word wider than the figure is cut, with an ellipsis.
        List<String> headingLines = heading.isEmpty() ? List.of() : lines(heading, headingFont, width - 8);
        titleCut = !String.join("", headingLines).replaceAll("\\s", "").equals(heading.replaceAll("\\s", ""));
        double headingHeight = headingLines.isEmpty() ? 0
                : headingFont.getSize() * (1.5 + 1.2 * (headingLines.size() - 1)) + 2;
        double top = headingHeight + (y.isEmpty() ? size * 0.6 : size * 1.5);
        double bottom = size * 1.3 + 6 + (x.isEmpty() ? 0 : size * 1.3) + 2;
        double left = leftRoom(font, height - top - bottom);
        double legendWidth = 0;
        if (place == CurvePlot.Legend.RIGHT && !legendTexts.isEmpty()) {
            legendWidth = Math.max(LEGEND_MIN, CurveLegend.width(legendTexts, font) + 18);
            if (width - left - RIGHT - legendWidth < 80) {
                legendWidth = 0;
            }
        }
        // The last x label is centred on the right edge: room for its half.
        double right = Math.max(RIGHT, Painter.textWidth(Ticks.label(xMax, 1), font) / 2 + 3);
        double plotWidth = width - left - right - legendWidth;
        double legendHeight = 0;
        if (place == CurvePlot.Legend.BELOW) {
            legendHeight = legend.flow(legendTexts, legendGroups, font, left, height, plotWidth);
        }
        double readoutHeight = readout && place == CurvePlot.Legend.BELOW ? size * 1.5 : 0;
        double plotHeight = height - top - bottom - legendHeight - readoutHeight;
        if (plotWidth < 10 || plotHeight < 10) {
            // No room for a plot area: a strip that shows only its legend (a grid of small plots shares one).
            transform = null;
            if (place == CurvePlot.Legend.BELOW) {
                legend.flow(legendTexts, legendGroups, font, 4, 0, width - 8);
            } else {
                legend.clear();
            }
            return;
        }
        transform = new PlotTransform(new ViewRect(xMin, xMax, plot.yLower(), plot.yUpper()), left, top,
                plotWidth, plotHeight);
        double legendTop = top + plotHeight + bottom;
        if (place == CurvePlot.Legend.BELOW) {
            legend.flow(legendTexts, legendGroups, font, left, legendTop, plotWidth);
        } else if (legendWidth > 0) {
            legend.column(legendTexts, legendGroups, font, left + plotWidth + right, top);
        } else {
            legend.clear();
        }
        readoutY = legendTop + legendHeight;

        // Few round x ticks, but no more than fit: a small multiple is a hundred pixels wide.
        double xStep = xTicks > 0
                ? Ticks.step(xMin, xMax, (int) Math.max(2, Math.min(xTicks, plotWidth / 45)))
                : Double.NaN;
        Axes.paint(p, transform, plot.textColour(), plot.gridColour(), font, x, y, xStep, range.tick, yLabels());
        p.setFill(plot.textColour());
        p.setFont(headingFont);
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.TOP);
        for (int i = 0; i < headingLines.size(); i++) {
            String line = headingLines.get(i);
            double lineX = 4;
            if (compact) {
                // Centred over the plot area, moved in where that would cross the figure's edge.
                double lineWidth = Painter.textWidth(line, headingFont);
                double centre = transform.left() + transform.width() / 2;
                lineX = Math.max(4, Math.min(centre - lineWidth / 2, width - 4 - lineWidth));
            }
            p.fillText(line, lineX, 2 + i * headingFont.getSize() * 1.2);
        }
        p.setFont(font);
        p.setTextAlign(TextAlignment.CENTER);
        String emptyLine = CurveTexts.text(emptyText);
        if (empty && !emptyLine.isEmpty()) {
            // Wrapped to the plot area, so a long sentence never runs over the y axis's labels.
            List<String> lines = wrap(emptyLine, font, transform.width() - 2 * EMPTY_MARGIN);
            double lineHeight = size * 1.3;
            double first = transform.top() + transform.height() / 2 - (lines.size() - 1) * lineHeight / 2;
            p.setTextBaseline(VPos.CENTER);
            for (int i = 0; i < lines.size(); i++) {
                p.fillText(lines.get(i), transform.left() + transform.width() / 2, first + i * lineHeight);
            }
        }
        String noteLine = CurveTexts.text(note);
        if (!noteLine.isEmpty()) {
            p.setTextBaseline(VPos.BOTTOM);
            p.fillText(noteLine, transform.left() + transform.width() / 2, transform.top() + transform.height() - 4);
        }
    }

    /**
     * The read-out under the legend, inside the figure: one line from the plot's left edge while
     * it fits, else from the figure's left edge, breaking between curves onto more lines that rise
     * over the legend (on the background colour), each part cut with an ellipsis only when it alone
     * is wider than the figure. With four curves it ran past the right edge and was cut (issue 15).
     */
    void paintReadout(Painter p, List<String> parts, double width, double height) {
        if (parts.isEmpty()) {
            return;
        }
        Font font = plot.plotFont(FontWeight.NORMAL, 0.9);
        List<String> lines = wrap(parts, CurveReadout.GAP, font, width - 2 * READOUT_MARGIN);
        double used = Painter.textWidth(lines.get(0), font);
        double x = lines.size() == 1 && transform.left() + used <= width - READOUT_MARGIN
                ? transform.left() : READOUT_MARGIN;
        double lineHeight = font.getSize() * 1.4;
        double top = Math.max(0, Math.min(readoutY + 2, height - lines.size() * lineHeight));
        if (lines.size() > 1) {
            p.setFill(plot.backgroundColour());
            p.fillRect(0, top - 2, width, height - top + 2);
        }
        p.setFill(plot.textColour());
        p.setFont(font);
        p.setTextAlign(TextAlignment.LEFT);
        p.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            p.fillText(lines.get(i), x, top + i * lineHeight);
        }
    }

    /**
     * {@code text} broken at spaces into lines no wider than {@code room}; a word wider than the
     * room on its own is cut with an ellipsis.
     */
    static List<String> wrap(String text, Font font, double room) {
        return wrap(List.of(text.strip().split("\\s+")), " ", font, room);
    }

    /**
     * {@code parts} joined by {@code gap} into lines no wider than {@code room}, broken only
     * between parts; a part wider than the room on its own is cut with an ellipsis.
     */
    private static List<String> wrap(List<String> parts, String gap, Font font, double room) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : parts) {
            String cut = fit(part, font, room);
            String longer = line.isEmpty() ? cut : line + gap + cut;
            if (line.isEmpty() || Painter.textWidth(longer, font) <= room) {
                line = longer;
            } else {
                lines.add(line);
                line = cut;
            }
        }
        lines.add(line);
        return lines;
    }

    /**
     * A title in lines no wider than {@code room}: wrapped as any text, at most
     * {@link #TITLE_LINES} lines, what is left for the last line cut with an ellipsis.
     */
    static List<String> lines(String text, Font font, double room) {
        List<String> all = wrap(text, font, room);
        if (all.size() <= TITLE_LINES) {
            return all;
        }
        List<String> lines = new ArrayList<>(all.subList(0, TITLE_LINES - 1));
        lines.add(fit(String.join(" ", all.subList(TITLE_LINES - 1, all.size())), font, room));
        return lines;
    }

    private static String fit(String text, Font font, double room) {
        if (Painter.textWidth(text, font) <= room) {
            return text;
        }
        int keep = text.length();
        while (keep > 1 && Painter.textWidth(text.substring(0, keep) + "…", font) > room) {
            keep--;
        }
        return text.substring(0, keep) + "…";
    }

    /** The y tick labels: on a log axis in the one form its range calls for ({@link LogTicks#forAxis}). */
    private DoubleFunction<String> yLabels() {
        return logY.get() ? logTicks().ticks() : null;
    }

    /** How the log y axis writes its numbers, ticks and read-out alike. */
    LogTicks logTicks() {
        return LogTicks.forAxis(plot.yLower(), plot.yUpper());
    }

    /** Room left of the plot for the widest y tick label at about one tick per 45 px of {@code height}. */
    private double leftRoom(Font font, double height) {
        double step = range.tick > 0 ? range.tick
                : Ticks.step(plot.yLower(), plot.yUpper(), (int) Math.max(2, height / 45));
        double widest = 0;
        LogTicks log = logTicks();
        for (double value : Ticks.values(plot.yLower(), plot.yUpper(), step)) {
            String label = logY.get() ? log.tick(value) : Ticks.label(value, step);
            widest = Math.max(widest, Painter.textWidth(label, font));
        }
        return Math.max(28, widest + TICK_ROOM + 6);
    }
}
