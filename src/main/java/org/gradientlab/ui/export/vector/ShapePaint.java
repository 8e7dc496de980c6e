package org.gradientlab.ui.export.vector;

import java.util.List;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.VLineTo;

/**
 * The simple shape nodes (lines, rectangles, circles, ellipses, polylines, polygons, paths of
 * lines and curves; a chart's series are such paths) as painter paths in the shape's own fill
 * and stroke.
 */
final class ShapePaint {
    private ShapePaint() {}

    /** Whether the shape is one of those and its paints are plain colours. */
    static boolean canPaint(Shape shape) {
        boolean simple = shape instanceof Line || shape instanceof Rectangle || shape instanceof Circle
                || shape instanceof Ellipse || shape instanceof Polyline || shape instanceof Polygon
                || shape instanceof Path path && path.getFillRule() == FillRule.NON_ZERO
                && path.getElements().stream().allMatch(ShapePaint::known);
        return simple && plain(shape.getFill()) && plain(shape.getStroke());
    }

    static void paint(Shape shape, FigurePainter painter) {
        Color fill = shape.getFill() instanceof Color c && c.getOpacity() > 0 ? c : null;
        Color stroke = shape.getStroke() instanceof Color c && c.getOpacity() > 0 && shape.getStrokeWidth() > 0
                ? c : null;
        if (stroke != null) {
            painter.setStroke(stroke);
            painter.setLineWidth(shape.getStrokeWidth());
            painter.setLineCap(shape.getStrokeLineCap());
            painter.setLineJoin(shape.getStrokeLineJoin());
            painter.setLineDashes(shape.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray());
        }
        if (fill != null) {
            painter.setFill(fill);
        }
        if (shape instanceof Circle || shape instanceof Ellipse) {
            double[] box = shape instanceof Circle c
                    ? new double[] {c.getCenterX(), c.getCenterY(), c.getRadius(), c.getRadius()}
                    : new double[] {((Ellipse) shape).getCenterX(), ((Ellipse) shape).getCenterY(),
                            ((Ellipse) shape).getRadiusX(), ((Ellipse) shape).getRadiusY()};
            if (fill != null) {
                painter.fillOval(box[0] - box[2], box[1] - box[3], 2 * box[2], 2 * box[3]);
            }
            if (stroke != null) {
                painter.strokeOval(box[0] - box[2], box[1] - box[3], 2 * box[2], 2 * box[3]);
            }
            return;
        }
        painter.beginPath();
        boolean open = outline(shape, painter);
        if (fill != null && !open) {
            painter.fill();
        }
        if (stroke != null) {
            painter.stroke();
        }
    }

    /** Adds the shape's outline to the path; true for a line, which has no inside to fill. */
    private static boolean outline(Shape shape, FigurePainter painter) {
        switch (shape) {
            case Line l -> {
                painter.moveTo(l.getStartX(), l.getStartY());
                painter.lineTo(l.getEndX(), l.getEndY());
                return true;
            }
            case Rectangle r -> {
                double arc = Math.min(r.getArcWidth(), r.getArcHeight()) / 2;
                painter.roundRect(r.getX(), r.getY(), r.getWidth(), r.getHeight(), arc, arc, arc, arc);
            }
            case Polyline p -> points(painter, p.getPoints(), false);
            case Polygon p -> points(painter, p.getPoints(), true);
            case Path p -> elements(painter, p.getElements());
            default -> throw new IllegalArgumentException("not a simple shape: " + shape);
        }
        return false;
    }

    private static void points(FigurePainter painter, List<Double> xy, boolean closed) {
        for (int i = 0; i + 1 < xy.size(); i += 2) {
            if (i == 0) {
                painter.moveTo(xy.get(i), xy.get(i + 1));
            } else {
                painter.lineTo(xy.get(i), xy.get(i + 1));
            }
        }
        if (closed) {
            painter.closePath();
        }
    }

    /** A path's elements, relative ones made absolute from the current point. */
    private static void elements(FigurePainter painter, List<PathElement> elements) {
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        for (PathElement e : elements) {
            double ox = e.isAbsolute() ? 0 : x;
            double oy = e.isAbsolute() ? 0 : y;
            switch (e) {
                case MoveTo m -> {
                    x = ox + m.getX();
                    y = oy + m.getY();
                    startX = x;
                    startY = y;
                    painter.moveTo(x, y);
                }
                case LineTo l -> {
                    x = ox + l.getX();
                    y = oy + l.getY();
                    painter.lineTo(x, y);
                }
                case HLineTo h -> {
                    x = ox + h.getX();
                    painter.lineTo(x, y);
                }
                case VLineTo v -> {
                    y = oy + v.getY();
                    painter.lineTo(x, y);
                }
                case CubicCurveTo c -> {
                    painter.curveTo(ox + c.getControlX1(), oy + c.getControlY1(), ox + c.getControlX2(),
                            oy + c.getControlY2(), ox + c.getX(), oy + c.getY());
                    x = ox + c.getX();
                    y = oy + c.getY();
                }
                case QuadCurveTo q -> {
                    // The quadratic's cubic twin: control points 2/3 of the way to its one control.
                    double qx = ox + q.getControlX();
                    double qy = oy + q.getControlY();
                    double ex = ox + q.getX();
                    double ey = oy + q.getY();
                    painter.curveTo(x + 2 * (qx - x) / 3, y + 2 * (qy - y) / 3, ex + 2 * (qx - ex) / 3,
                            ey + 2 * (qy - ey) / 3, ex, ey);
                    x = ex;
                    y = ey;
                }
                case ClosePath c -> {
                    painter.closePath();
                    x = startX;
                    y = startY;
                }
                default -> throw new IllegalArgumentException("unsupported path element " + e);
            }
        }
    }

    private static boolean known(PathElement e) {
        return e instanceof MoveTo || e instanceof LineTo || e instanceof HLineTo || e instanceof VLineTo
                || e instanceof CubicCurveTo || e instanceof QuadCurveTo || e instanceof ClosePath;
    }

    private static boolean plain(Paint paint) {
        return paint == null || paint instanceof Color;
    }
}
