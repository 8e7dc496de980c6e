package org.gradientlab.ui.export.vector;

import java.awt.geom.AffineTransform;

import org.gradientlab.ui.kit.plot.Painter;

/**
 * A {@link Painter} that writes a vector file: besides a figure's own calls it takes what a
 * scene graph needs when the export walks it (a node's full transform, curves of rounded
 * corners, a node's opacity). SVG and PDF implement it.
 */
public interface FigurePainter extends Painter {

    /** Concatenates {@code transform} (a node's local-to-parent) to the current one, until restore. */
    void transform(AffineTransform transform);

    /** A cubic Bézier segment of the current path. */
    void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    /** Adds a rectangle with each corner rounded by its own radius (a region's background) to the current path. */
    void roundRect(double x, double y, double w, double h, double topLeft, double topRight, double bottomRight,
                   double bottomLeft);

    /** Multiplies every colour's and image's alpha by {@code alpha} (a node's opacity), until restore. */
    void setGlobalAlpha(double alpha);

    double globalAlpha();
}
