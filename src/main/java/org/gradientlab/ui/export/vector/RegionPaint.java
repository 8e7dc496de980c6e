package org.gradientlab.ui.export.vector;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeType;

/** A region's CSS background fills and border strokes as filled and stroked paths. */
final class RegionPaint {
    private RegionPaint() {}

    /** Background and border images have no vector form here: such a region goes in as pixels. */
    static boolean canPaint(Region region) {
        Background background = region.getBackground();
        Border border = region.getBorder();
        return (background == null || background.getImages().isEmpty())
                && (border == null || border.getImages().isEmpty());
    }

    static void paint(Region region, FigurePainter painter) {
        double width = region.getWidth();
        double height = region.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        Background background = region.getBackground();
        if (background != null) {
            for (BackgroundFill fill : background.getFills()) {
                Color colour = colour(fill.getFill());
                if (colour.getOpacity() > 0) {
                    painter.setFill(colour);
                    painter.beginPath();
                    box(painter, fill.getInsets(), fill.getRadii(), width, height, 0);
                    painter.fill();
                }
            }
        }
        Border border = region.getBorder();
        if (border != null) {
            for (BorderStroke stroke : border.getStrokes()) {
                border(stroke, painter, width, height);
            }
        }
    }

    /**
     * The colour a paint shows: itself, or for a gradient the mean of its stops (a figure's
     * regions are flat; a gradient here is a control's sheen, close enough as its mean).
     */
    static Color colour(Paint paint) {
        if (paint instanceof Color colour) {
            return colour;
        }
        List<Stop> stops = paint instanceof LinearGradient linear ? linear.getStops()
                : paint instanceof RadialGradient radial ? radial.getStops() : List.of();
        if (stops.isEmpty()) {
            return Color.TRANSPARENT;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        double a = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            a += stop.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, a / n);
    }

    private static void border(BorderStroke stroke, FigurePainter painter, double width, double height) {
        BorderWidths widths = stroke.getWidths();
        double top = side(widths.getTop(), widths.isTopAsPercentage(), height);
        double right = side(widths.getRight(), widths.isRightAsPercentage(), width);
        double bottom = side(widths.getBottom(), widths.isBottomAsPercentage(), height);
        double left = side(widths.getLeft(), widths.isLeftAsPercentage(), width);
        Insets in = stroke.getInsets();
        Paint paint = stroke.getTopStroke();
        BorderStrokeStyle style = stroke.getTopStyle();
        boolean uniform = top == right && top == bottom && top == left && paint.equals(stroke.getRightStroke())
                && paint.equals(stroke.getBottomStroke()) && paint.equals(stroke.getLeftStroke())
                && style.equals(stroke.getRightStyle()) && style.equals(stroke.getBottomStyle())
                && style.equals(stroke.getLeftStyle());
        if (uniform) {
            if (style == BorderStrokeStyle.NONE || top <= 0 || colour(paint).getOpacity() <= 0) {
                return;
            }
            double inset = style.getType() == StrokeType.INSIDE ? top / 2
                    : style.getType() == StrokeType.OUTSIDE ? -top / 2 : 0;
            painter.setStroke(colour(paint));
            painter.setLineWidth(top);
            painter.setLineCap(style.getLineCap());
            painter.setLineJoin(style.getLineJoin());
            painter.setLineDashes(style.getDashArray().stream().mapToDouble(d -> d * top).toArray());
            painter.beginPath();
            box(painter, in, stroke.getRadii(), width, height, inset);
            painter.stroke();
            painter.setLineDashes();
            return;
        }
        // Sides that differ (an underline, a divider): each side a band of its own width.
        double x = in.getLeft();
        double y = in.getTop();
        double w = width - in.getLeft() - in.getRight();
        double h = height - in.getTop() - in.getBottom();
        band(painter, stroke.getTopStroke(), stroke.getTopStyle(), x, y, w, top);
        band(painter, stroke.getBottomStroke(), stroke.getBottomStyle(), x, y + h - bottom, w, bottom);
        band(painter, stroke.getLeftStroke(), stroke.getLeftStyle(), x, y, left, h);
        band(painter, stroke.getRightStroke(), stroke.getRightStyle(), x + w - right, y, right, h);
    }

    private static void band(FigurePainter painter, Paint paint, BorderStrokeStyle style, double x, double y,
                             double w, double h) {
        Color colour = colour(paint);
        if (style != BorderStrokeStyle.NONE && w > 0 && h > 0 && colour.getOpacity() > 0) {
            painter.setFill(colour);
            painter.fillRect(x, y, w, h);
        }
    }

    private static double side(double value, boolean percentage, double length) {
        return percentage ? value * length : value;
    }

    /** The box inside {@code in} (and {@code inset} more), its corners rounded as {@code radii} say. */
    private static void box(FigurePainter painter, Insets in, CornerRadii radii, double width, double height,
                            double inset) {
        double x = in.getLeft() + inset;
        double y = in.getTop() + inset;
        double w = width - in.getLeft() - in.getRight() - 2 * inset;
        double h = height - in.getTop() - in.getBottom() - 2 * inset;
        if (w <= 0 || h <= 0) {
            return;
        }
        if (radii == null || radii.isUniform() && radii.getTopLeftHorizontalRadius() == 0) {
            painter.rect(x, y, w, h);
            return;
        }
        painter.roundRect(x, y, w, h,
                corner(radii.getTopLeftHorizontalRadius(), radii.isTopLeftHorizontalRadiusAsPercentage(), width, inset),
                corner(radii.getTopRightHorizontalRadius(), radii.isTopRightHorizontalRadiusAsPercentage(), width, inset),
                corner(radii.getBottomRightHorizontalRadius(), radii.isBottomRightHorizontalRadiusAsPercentage(),
                        width, inset),
                corner(radii.getBottomLeftHorizontalRadius(), radii.isBottomLeftHorizontalRadiusAsPercentage(),
                        width, inset));
    }

    private static double corner(double radius, boolean percentage, double width, double inset) {
        return Math.max(0, (percentage ? radius * width : radius) - inset);
    }
}
