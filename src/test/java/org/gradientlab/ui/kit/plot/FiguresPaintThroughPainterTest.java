package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.RecordingPainter.Call;
import org.gradientlab.ui.optimizer.OptimizerLabModel;
import org.gradientlab.ui.optimizer.Run;
import org.gradientlab.ui.optimizer.RunStyle;
import org.gradientlab.ui.optimizer.TrajectoryPlot;

/**
 * Figures draw through {@link Painter} only, so that a vector file gets the same figure as the
 * screen: the optimizer lab's plot sends its contour map and its runs through a recording
 * painter. (That no {@link PlotCanvas} paints on a GraphicsContext of its own the compiler
 * holds: its one way to paint, {@code paintLayer}, is abstract and takes a Painter.)
 */
@ExtendWith(ApplicationExtension.class)
class FiguresPaintThroughPainterTest {
    private final OptimizerLabModel model = new OptimizerLabModel();
    private TrajectoryPlot plot;

    @Start
    void start(Stage stage) {
        plot = new TrajectoryPlot(model, new I18n(Language.ENGLISH), model::enabledRuns, null);
        UiTestKit.show(stage, new StackPane(plot), 640, 400);
    }

    @Test
    void theTrajectoryPlotDrawsItsContourMapAsAnImageAndEveryRunAsALineThroughItsSteps() {
        RecordingPainter painter = new RecordingPainter();
        OnFx.call(() -> {
            plot.paintFigure(painter);
            return null;
        });
        ViewRect view = model.viewProperty().get();
        Point2D topLeft = plot.dataToPixel(view.xMin(), view.yMax()).orElseThrow();
        Point2D bottomRight = plot.dataToPixel(view.xMax(), view.yMin()).orElseThrow();

        List<Call> images = painter.calls("drawImage");
        assertEquals(1, images.size(), "one image: the filled contour bands");
        Call map = images.get(0);
        assertEquals(topLeft.getX(), map.x(), 1e-9);
        assertEquals(topLeft.getY(), map.y(), 1e-9);
        assertEquals(bottomRight.getX() - topLeft.getX(), map.w(), 1e-9, "the map fills the plot area");
        assertEquals(bottomRight.getY() - topLeft.getY(), map.h(), 1e-9);
        assertTrue(map.image().getWidth() > 100, "sampled every two pixels, not a placeholder");
        Color lines = OnFx.call(plot::lineColour);
        assertFalse(painter.calls(c -> c.op().equals("stroke") && c.stroke().equals(lines)).isEmpty(),
                "contour lines stroked in the theme's line colour");

        // The book's view of 30 steps: every run is shown complete, each a path in its own colour
        // through every step's pixel.
        for (Run run : model.enabledRuns()) {
            Color colour = OnFx.call(() -> RunStyle.colour(run.kind(), plot));
            List<Call> paths = painter.calls(c -> c.op().equals("stroke") && c.stroke().equals(colour));
            assertEquals(1, paths.size(), run.kind() + " is one stroked path");
            double[] drawn = paths.get(0).numbers();
            List<TrajectoryPoint> points = run.trajectory().points();
            int checked = 0;
            for (TrajectoryPoint p : points.subList(1, points.size())) {
                Point2D pixel = plot.dataToPixel(p.x(), p.y()).orElseThrow();
                if (inside(pixel, topLeft, bottomRight)) {
                    assertTrue(passesThrough(drawn, pixel), run.kind() + " reaches " + p);
                    checked++;
                }
            }
            assertTrue(checked >= 10, run.kind() + ": " + checked + " steps in view");
        }
        Color sgd = OnFx.call(() -> RunStyle.colour(OptimizerKind.SGD, plot));
        Point2D last = plot.dataToPixel(model.run(OptimizerKind.SGD).trajectory().last().x(),
                model.run(OptimizerKind.SGD).trajectory().last().y()).orElseThrow();
        assertTrue(painter.calls().stream().anyMatch(c -> c.fill().equals(sgd) && c.op().startsWith("fill")
                        && c.numbers().length >= 4 && Math.abs(c.x() + c.w() / 2 - last.getX()) < 1e-6
                        && Math.abs(c.y() + c.h() / 2 - last.getY()) < 1e-6),
                "SGD's current marker, a circle filled in its colour, sits on its last step");
        assertTrue(painter.calls("fillText").stream().anyMatch(c -> c.text().equals("SGD")),
                "the legend names the runs as text, not as pixels");
    }

    private static boolean inside(Point2D p, Point2D topLeft, Point2D bottomRight) {
        return p.getX() >= topLeft.getX() && p.getX() <= bottomRight.getX() && p.getY() >= topLeft.getY()
                && p.getY() <= bottomRight.getY();
    }

    private static boolean passesThrough(double[] xy, Point2D p) {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (Math.abs(xy[i] - p.getX()) < 1e-6 && Math.abs(xy[i + 1] - p.getY()) < 1e-6) {
                return true;
            }
        }
        return false;
    }
}
