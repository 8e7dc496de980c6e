package org.gradientlab.ui.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.surface.UpdatePart;
import org.gradientlab.core.surface.UpdatePart.Role;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotTransform;

/**
 * The "take apart" layer of a trajectory plot: the parts of one update up to the one on show,
 * as arrows. References (−∇f, the velocity carried on) dashed in the text colour, the pieces of
 * the move solid in the run's colour, chained tip to tail, and the whole update last; the part
 * on show is drawn bold with its name beside it, the earlier ones faded.
 */
final class PartsLayer {
    private static final double FADED = 0.45;

    /** Where the arrow of each drawn part ended in the last paint (for tests), in the plot's pixels. */
    private final List<Point2D> tips = new ArrayList<>();

    List<Point2D> tips() {
        return List.copyOf(tips);
    }

    /** @param names each part's name in the current language, written beside the part on show */
    void paint(Painter gc, PlotTransform t, List<UpdatePart> parts, int index, Function<UpdatePart, String> names,
               Color colour, Color text, Color background, Font font) {
        tips.clear();
        if (parts.isEmpty()) {
            return;
        }
        double ink = Math.max(1, font.getSize() / 12);
        gc.save();
        gc.beginPath();
        gc.rect(t.left(), t.top(), t.width(), t.height());
        gc.clip();
        int current = Math.min(index, parts.size() - 1);
        for (int i = 0; i <= current; i++) {
            UpdatePart part = parts.get(i);
            boolean now = i == current;
            double x0 = t.pixelX(part.from().x());
            double y0 = t.pixelY(part.from().y());
            if (part.role() == Role.STATE) {
                if (now) {
                    // No direction in the plane: a ring marks the point whose state this is.
                    gc.setStroke(text);
                    gc.setLineWidth(2 * ink);
                    double r = 10 * ink;
                    gc.strokeOval(x0 - r, y0 - r, 2 * r, 2 * r);
                    label(gc, names.apply(part), x0 + r + 4, y0 - r, text, background, font);
                }
                continue;
            }
            double x1 = t.pixelX(part.from().x() + part.arrow().x());
            double y1 = t.pixelY(part.from().y() + part.arrow().y());
            Color base = part.role() == Role.REFERENCE ? text : colour;
            Color ink0 = now ? base : fade(base, background);
            double width = now ? 3.4 : (part.role() == Role.STEP ? 2.6 : 2.0);
            PlotArrow.draw(gc, t, x0, y0, x1, y1, ink0, background, part.role() == Role.REFERENCE, ink, width);
            tips.add(new Point2D(x1, y1));
            if (now) {
                label(gc, names.apply(part), (x0 + x1) / 2 + 8, (y0 + y1) / 2 - 6, text, background, font);
            }
        }
        gc.restore();
    }

    private static Color fade(Color c, Color background) {
        return c.interpolate(background, 1 - FADED);
    }

    private static void label(Painter gc, String text, double x, double y, Color ink, Color halo, Font font) {
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setStroke(halo);
        gc.setLineWidth(3);
        gc.strokeText(text, x, y);
        gc.setFill(ink);
        gc.fillText(text, x, y);
    }
}
