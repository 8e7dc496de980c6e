package org.gradientlab.ui.export.vector;

import java.awt.geom.AffineTransform;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

import org.gradientlab.ui.kit.plot.PlotCanvas;

/**
 * Paints a figure's visible scene graph into a vector file: a plot through its own
 * {@link PlotCanvas#paintFigure}, text as text, region backgrounds and borders and simple
 * shapes as paths, images as images. What it cannot say in vectors (a plot that still paints
 * only on a canvas, a bare Canvas, a control) goes in as its snapshot at
 * {@link PlotCanvas#EXPORT_SCALE}×, so nothing is left out. FX thread only.
 */
public final class SceneWalker {
    private final FigurePainter painter;

    private SceneWalker(FigurePainter painter) {
        this.painter = painter;
    }

    /**
     * The page a figure needs: the box the figure has on screen, its layout bounds in its parent
     * (its own transforms included), widened to whole pixels as a bitmap snapshot is. Not its
     * visual bounds: a header line that wraps or overflows at the edge by a fraction of a pixel
     * would otherwise widen the page, and the vector file would be scaled against the PNG, which
     * {@link org.gradientlab.ui.export.ImageExport#snapshot} takes over this same box.
     */
    public static Bounds page(Node root) {
        Bounds box = root.localToParent(root.getLayoutBounds());
        double minX = Math.floor(box.getMinX());
        double minY = Math.floor(box.getMinY());
        return new BoundingBox(minX, minY, Math.ceil(box.getMaxX()) - minX, Math.ceil(box.getMaxY()) - minY);
    }

    /** Paints {@code root} with the page's origin at the top-left of {@link #page}. */
    public static void paint(Node root, FigurePainter painter) {
        Bounds page = page(root);
        painter.save();
        painter.translate(-page.getMinX(), -page.getMinY());
        new SceneWalker(painter).visit(root);
        painter.restore();
    }

    private void visit(Node node) {
        if (!node.isVisible() || node.getOpacity() <= 0) {
            return;
        }
        if (needsBitmap(node)) {
            bitmap(node);
            return;
        }
        painter.save();
        painter.transform(awt(node.getLocalToParentTransform()));
        painter.setGlobalAlpha(painter.globalAlpha() * node.getOpacity());
        if (node.getClip() instanceof Shape clip) {
            clipTo(clip);
        }
        if (node instanceof Region region) {
            RegionPaint.paint(region, painter);
        }
        if (node instanceof PlotCanvas plot) {
            plot.paintFigure(painter);
        } else if (node instanceof Text text) {
            text(text);
        } else if (node instanceof ImageView view) {
            image(view);
        } else if (node instanceof Shape shape) {
            ShapePaint.paint(shape, painter);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child);
            }
        }
        painter.restore();
    }

    /**
     * Controls that only hold other content (a tab pane's selected tab, a split pane's sides):
     * walked into, so the figure inside stays vector; their own chrome is a plain region.
     */
    private static boolean isContainer(Node node) {
        return node instanceof TabPane || node instanceof SplitPane;
    }

    /** Whether {@code node} goes in as pixels: what no vector call can draw the way the screen does. */
    private static boolean needsBitmap(Node node) {
        if (node instanceof PlotCanvas) {
            return false;  // every figure paints through the Painter (its one abstract paintLayer)
        }
        if (node instanceof Canvas) {
            return true;
        }
        if (node instanceof Control && !(node instanceof Label || isContainer(node))) {
            return true;  // a control's skin is gradients, shapes and effects: its picture says it best
        }
        if (node instanceof Region region) {
            return region.getShape() != null || !RegionPaint.canPaint(region);
        }
        if (node instanceof Text) {
            return false;
        }
        if (node instanceof Shape shape) {
            return !ShapePaint.canPaint(shape);
        }
        return !(node instanceof ImageView || node instanceof Parent);
    }

    /** {@code node}'s snapshot at export density, over its bounds in the parent's coordinates. */
    private void bitmap(Node node) {
        Bounds bounds = node.getBoundsInParent();
        if (bounds.isEmpty() || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(PlotCanvas.EXPORT_SCALE, PlotCanvas.EXPORT_SCALE));
        WritableImage pixels = node.snapshot(parameters, null);
        painter.save();
        painter.setImageSmoothing(true);
        painter.drawImage(pixels, bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
        painter.restore();
    }

    /** A clip as its bounds: chart plot areas and scroll viewports clip to rectangles. */
    private void clipTo(Shape clip) {
        Bounds b = clip.getBoundsInParent();  // the clip's parent is the node it clips
        painter.beginPath();
        painter.rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        painter.clip();
    }

    private void text(Text node) {
        painter.setFont(node.getFont());
        painter.setFill(RegionPaint.colour(node.getFill()));
        painter.setTextAlign(TextAlignment.LEFT);
        painter.setTextBaseline(VPos.BASELINE);
        for (TextLines.Line line : TextLines.of(node).lines()) {
            painter.fillText(line.text(), line.x(), line.baseline());
        }
    }

    private void image(ImageView view) {
        Image image = view.getImage();
        if (image == null || image.getWidth() <= 0) {
            return;
        }
        Rectangle2D viewport = view.getViewport();
        if (viewport != null && viewport.getWidth() > 0 && viewport.getHeight() > 0) {
            image = new WritableImage(image.getPixelReader(), (int) viewport.getMinX(), (int) viewport.getMinY(),
                    (int) viewport.getWidth(), (int) viewport.getHeight());
        }
        Bounds box = view.getLayoutBounds();
        painter.setImageSmoothing(view.isSmooth());
        painter.drawImage(image, box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
    }

    static AffineTransform awt(Transform t) {
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }
}
