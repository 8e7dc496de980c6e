package org.gradientlab.ui.kit.plot;

import org.gradientlab.core.surface.ViewRect;

/**
 * Maps a data rectangle onto a pixel rectangle (y up in data, down on screen), and moves the
 * data rectangle for zoom and pan. Pixel coordinates are the plot node's own.
 *
 * @param left   pixel x of the view's xMin
 * @param top    pixel y of the view's yMax
 * @param width  pixels from xMin to xMax, &gt; 0
 * @param height pixels from yMax to yMin, &gt; 0
 */
public record PlotTransform(ViewRect view, double left, double top, double width, double height) {

    public PlotTransform {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("plot area must be positive, got " + width + "×" + height);
        }
    }

    public double pixelX(double x) {
        return left + (x - view.xMin()) / (view.xMax() - view.xMin()) * width;
    }

    public double pixelY(double y) {
        return top + (view.yMax() - y) / (view.yMax() - view.yMin()) * height;
    }

    public double dataX(double pixelX) {
        return view.xMin() + (pixelX - left) / width * (view.xMax() - view.xMin());
    }

    public double dataY(double pixelY) {
        return view.yMax() - (pixelY - top) / height * (view.yMax() - view.yMin());
    }

    public boolean containsPixel(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** The view scaled by {@code factor} (&lt; 1 zooms in) about the data point under the pixel. */
    public ViewRect zoomAt(double px, double py, double factor) {
        double x = dataX(px);
        double y = dataY(py);
        return new ViewRect(x + (view.xMin() - x) * factor, x + (view.xMax() - x) * factor,
                y + (view.yMin() - y) * factor, y + (view.yMax() - y) * factor);
    }

    /** The view moved so the content follows a drag of (dx, dy) pixels. */
    public ViewRect pan(double dx, double dy) {
        double shiftX = -dx / width * (view.xMax() - view.xMin());
        double shiftY = dy / height * (view.yMax() - view.yMin());
        return new ViewRect(view.xMin() + shiftX, view.xMax() + shiftX, view.yMin() + shiftY, view.yMax() + shiftY);
    }

    /**
     * The part of the pixel segment (x1, y1)–(x2, y2) inside the plot area grown by
     * {@code margin}, as {x1, y1, x2, y2}, or null when none is (Liang–Barsky). A diverging run
     * reaches 1e6 pixels and more, where the renderer's float coordinates would lose the line.
     */
    public double[] clip(double x1, double y1, double x2, double y2, double margin) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - (left - margin), left + width + margin - x1, y1 - (top - margin), top + height + margin - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 > t1 ? null : new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }
}
