package org.gradientlab.ui.optimizer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.StepDetail;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotTransform;

/**
 * The moving part of a trajectory plot: each run's path up to the playback position, its
 * markers, the current point, the selected run's gradient and update arrows, and a
 * "diverged at step k" mark where a run blew up.
 */
final class RunLayer {
    /** Past this many steps the per-step markers would only blur the path. */
    static final int MAX_MARKED_STEPS = 200;
    private static final double MARKER = 6;
    private static final double CURRENT_MARKER = 12;
    private static final double CLIP_MARGIN = 30;

    private final I18n i18n;
    private final Map<OptimizerKind, Point2D> drawnMarkers = new EnumMap<>(OptimizerKind.class);
    // Diverged runs often leave the view at the same edge: each label gets its own line.
    private int divergedLabels;
    // Lines and markers grow with the plot's text (font scale, presentation mode), never shrink.
    private double ink = 1;

    RunLayer(I18n i18n) {
        this.i18n = i18n;
    }

    /** Where each run's current marker was drawn in the last paint, in the plot's pixels. */
    Optional<Point2D> markerAt(OptimizerKind kind) {
        return Optional.ofNullable(drawnMarkers.get(kind));
    }

    /** @param colours each run's colour, as the plot's theme gives it */
    void paint(Painter gc, PlotTransform t, List<Run> runs, double position, OptimizerKind selected,
               Function<OptimizerKind, Color> colours, Color background, Color text, Font font) {
        drawnMarkers.clear();
        divergedLabels = 0;
        ink = Math.max(1, font.getSize() / 12);
        gc.save();
        gc.beginPath();
        gc.rect(t.left(), t.top(), t.width(), t.height());
        gc.clip();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (Run run : runs) {
            paintPath(gc, t, run, position, colours.apply(run.kind()), background);
        }
        for (Run run : runs) {
            paintCurrent(gc, t, run, position, colours.apply(run.kind()), background, text, font);
        }
        // Arrows on top, and only at a whole step: between steps the marker is on its way along the arrow.
        boolean atStep = position == Math.floor(position);
        for (Run run : runs) {
            if (run.kind() == selected && atStep) {
                StepDetail.of(run.trajectory(), (int) position).ifPresent(
                        detail -> paintArrows(gc, t, detail, colours.apply(run.kind()), text, background));
            }
        }
        gc.restore();
    }

    private void paintPath(Painter gc, PlotTransform t, Run run, double position, Color colour, Color halo) {
        List<TrajectoryPoint> points = run.trajectory().points();
        int last = Math.min(points.size() - 1, (int) Math.floor(position));
        gc.beginPath();
        for (int i = 1; i <= last; i++) {
            segment(gc, t, points.get(i - 1).x(), points.get(i - 1).y(), points.get(i).x(), points.get(i).y());
        }
        Point2D current = current(run.trajectory(), position);
        if (last >= 0 && last < points.size() - 1) {
            segment(gc, t, points.get(last).x(), points.get(last).y(), current.getX(), current.getY());
        }
        gc.setStroke(halo);
        gc.setLineWidth(4 * ink);
        gc.stroke();
        gc.setStroke(colour);
        gc.setLineWidth(1.8 * ink);
        gc.stroke();
        if (points.size() - 1 <= MAX_MARKED_STEPS) {
            for (int i = 0; i <= last; i++) {
                double px = t.pixelX(points.get(i).x());
                double py = t.pixelY(points.get(i).y());
                if (t.containsPixel(px, py)) {
                    RunStyle.shape(run.kind()).draw(gc, px, py, MARKER * ink, colour, halo, ink);
                }
            }
        }
    }

    private static void segment(Painter gc, PlotTransform t, double x1, double y1, double x2, double y2) {
        double[] s = t.clip(t.pixelX(x1), t.pixelY(y1), t.pixelX(x2), t.pixelY(y2), CLIP_MARGIN);
        if (s != null) {
            gc.moveTo(s[0], s[1]);
            gc.lineTo(s[2], s[3]);
        }
    }

    /** The point at a fractional position: on the straight step between two points. */
    static Point2D current(Trajectory trajectory, double position) {
        List<TrajectoryPoint> points = trajectory.points();
        if (points.isEmpty()) {
            // f was not finite at the start itself: the run ends where it began.
            return new Point2D(trajectory.settings().start().x(), trajectory.settings().start().y());
        }
        int step = (int) Math.floor(position);
        if (step >= points.size() - 1) {
            TrajectoryPoint last = trajectory.last();
            return new Point2D(last.x(), last.y());
        }
        TrajectoryPoint a = points.get(step);
        TrajectoryPoint b = points.get(step + 1);
        double f = position - step;
        return new Point2D(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
    }

    private void paintCurrent(Painter gc, PlotTransform t, Run run, double position, Color colour,
                              Color halo, Color text, Font font) {
        Trajectory trajectory = run.trajectory();
        Point2D p = current(trajectory, position);
        double px = t.pixelX(p.getX());
        double py = t.pixelY(p.getY());
        boolean blownUp = trajectory.diverged() && position >= trajectory.points().size() - 1;
        if (blownUp) {
            paintDiverged(gc, t, run, px, py, colour, halo, font);
            return;
        }
        drawnMarkers.put(run.kind(), new Point2D(px, py));
        if (!t.containsPixel(px, py)) {
            return;
        }
        RunStyle.shape(run.kind()).draw(gc, px, py, CURRENT_MARKER * ink, colour, text, 1.5 * ink);
    }

    /** An ✕ at the last finite point (pulled into view) and the step at which the run blew up. */
    private void paintDiverged(Painter gc, PlotTransform t, Run run, double px, double py, Color colour,
                               Color halo, Font font) {
        double inset = 14;
        double line = font.getSize() * 1.5;
        double x = Math.max(t.left() + inset, Math.min(t.left() + t.width() - inset, px));
        double y = Math.max(t.top() + inset, Math.min(t.top() + t.height() - inset, py));
        y += (y > t.top() + t.height() / 2 ? -line : line) * divergedLabels++;
        double r = 6 * ink;
        for (int pass = 0; pass < 2; pass++) {
            gc.setStroke(pass == 0 ? halo : colour);
            gc.setLineWidth((pass == 0 ? 5 : 2.5) * ink);
            gc.strokeLine(x - r, y - r, x + r, y + r);
            gc.strokeLine(x - r, y + r, x + r, y - r);
        }
        String label = i18n.text(Endings.plotLabel(DisplayNames.of(run.kind()), run.trajectory()));
        boolean leftHalf = x < t.left() + t.width() / 2;
        gc.setFont(font);
        gc.setTextAlign(leftHalf ? TextAlignment.LEFT : TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        double tx = leftHalf ? x + r + 5 : x - r - 5;
        gc.setStroke(halo);
        gc.setLineWidth(3);
        gc.strokeText(label, tx, y);
        gc.setFill(colour);
        gc.fillText(label, tx, y);
    }

    /** −lr·∇f dashed (where plain gradient descent would step) and the actual update solid. */
    private void paintArrows(Painter gc, PlotTransform t, StepDetail detail, Color colour, Color text,
                                    Color halo) {
        double x0 = t.pixelX(detail.point().x());
        double y0 = t.pixelY(detail.point().y());
        arrow(gc, t, x0, y0, t.pixelX(detail.point().x() + detail.plainStep().x()),
                t.pixelY(detail.point().y() + detail.plainStep().y()), text, halo, true);
        arrow(gc, t, x0, y0, t.pixelX(detail.next().x()), t.pixelY(detail.next().y()), colour, halo, false);
    }

    private void arrow(Painter gc, PlotTransform t, double x0, double y0, double x1, double y1,
                              Color colour, Color halo, boolean dashed) {
        PlotArrow.draw(gc, t, x0, y0, x1, y1, colour, halo, dashed, ink, 2.2);
    }
}
