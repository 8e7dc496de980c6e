package org.gradientlab.ui.export.vector;

import java.awt.geom.AffineTransform;
import java.util.Arrays;

/**
 * A path recorded in user coordinates, simplified as it grows: a line point closer than
 * {@link #MIN_DEVICE_STEP} device pixels to the last one kept is held back (the last held point
 * of a run is still written, so a polyline ends where it should). A trajectory of thousands of
 * sub-pixel steps so costs a file only what the eye can see.
 */
final class PathData {
    /** Closer than a quarter pixel, two points look like one at any zoom a figure is read at. */
    static final double MIN_DEVICE_STEP = 0.25;

    enum Op { MOVE, LINE, CURVE, CLOSE }

    private Op[] ops = new Op[16];
    private double[] coords = new double[32];
    private int opCount;
    private int coordCount;
    private double minStepSquared;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    private double heldX = Double.NaN;
    private double heldY = Double.NaN;

    /** {@code transform}: user to device, whose scale sets how near two points may be in user units. */
    PathData(AffineTransform transform) {
        double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
        double step = scale > 0 ? MIN_DEVICE_STEP / scale : 0;
        minStepSquared = step * step;
    }

    boolean isEmpty() {
        return opCount == 0;
    }

    int size() {
        return opCount;
    }

    Op op(int i) {
        return ops[i];
    }

    /** The coordinates of every segment, in order: 2 for a move or line, 6 for a curve, none for close. */
    double[] coords() {
        return coords;
    }

    void moveTo(double x, double y) {
        flushHeld();
        add(Op.MOVE, x, y);
    }

    void lineTo(double x, double y) {
        if (opCount == 0) {
            moveTo(x, y);
            return;
        }
        double dx = x - lastX;
        double dy = y - lastY;
        if (dx * dx + dy * dy < minStepSquared) {
            heldX = x;
            heldY = y;
            return;
        }
        heldX = Double.NaN;
        add(Op.LINE, x, y);
    }

    void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        if (opCount == 0) {
            moveTo(c1x, c1y);
        }
        flushHeld();
        reserve(6);
        coords[coordCount++] = c1x;
        coords[coordCount++] = c1y;
        coords[coordCount++] = c2x;
        coords[coordCount++] = c2y;
        coords[coordCount++] = x;
        coords[coordCount++] = y;
        addOp(Op.CURVE);
        lastX = x;
        lastY = y;
    }

    void closePath() {
        if (opCount > 0 && ops[opCount - 1] != Op.CLOSE) {
            flushHeld();
            addOp(Op.CLOSE);
        }
    }

    /** Ends the recording: a point held back is written. */
    PathData finish() {
        flushHeld();
        return this;
    }

    void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        add(Op.LINE, x + w, y);
        add(Op.LINE, x + w, y + h);
        add(Op.LINE, x, y + h);
        closePath();
    }

    /** The ellipse in the box, as four cubic arcs (kappa: the usual 4(√2 − 1)/3). */
    void oval(double x, double y, double w, double h) {
        double k = 0.5522847498;
        double rx = w / 2;
        double ry = h / 2;
        double cx = x + rx;
        double cy = y + ry;
        moveTo(cx + rx, cy);
        curveTo(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
        curveTo(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
        curveTo(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
        curveTo(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
        closePath();
    }

    /** A rectangle with each corner rounded by its own radius: top-left, top-right, bottom-right, bottom-left. */
    void roundRect(double x, double y, double w, double h, double tl, double tr, double br, double bl) {
        double k = 1 - 0.5522847498;
        double limit = Math.min(w, h) / 2;
        tl = Math.min(tl, limit);
        tr = Math.min(tr, limit);
        br = Math.min(br, limit);
        bl = Math.min(bl, limit);
        moveTo(x + tl, y);
        add(Op.LINE, x + w - tr, y);
        curveTo(x + w - tr * k, y, x + w, y + tr * k, x + w, y + tr);
        add(Op.LINE, x + w, y + h - br);
        curveTo(x + w, y + h - br * k, x + w - br * k, y + h, x + w - br, y + h);
        add(Op.LINE, x + bl, y + h);
        curveTo(x + bl * k, y + h, x, y + h - bl * k, x, y + h - bl);
        add(Op.LINE, x, y + tl);
        curveTo(x, y + tl * k, x + tl * k, y, x + tl, y);
        closePath();
    }

    private void flushHeld() {
        if (!Double.isNaN(heldX)) {
            add(Op.LINE, heldX, heldY);
            heldX = Double.NaN;
        }
    }

    private void add(Op op, double x, double y) {
        reserve(2);
        coords[coordCount++] = x;
        coords[coordCount++] = y;
        addOp(op);
        lastX = x;
        lastY = y;
    }

    private void addOp(Op op) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, opCount * 2);
        }
        ops[opCount++] = op;
    }

    private void reserve(int more) {
        if (coordCount + more > coords.length) {
            coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordCount + more));
        }
    }
}
