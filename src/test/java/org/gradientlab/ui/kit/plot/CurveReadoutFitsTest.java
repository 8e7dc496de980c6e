package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Point2D;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * Issue 15: the hover read-out of four optimizers is wider than a 420 px chart; it ran past the
 * right edge and was cut. Hovering at the plot's right edge, and at its top and bottom corners,
 * every read-out line lies inside the figure and names all four curves.
 */
@ExtendWith(ApplicationExtension.class)
class CurveReadoutFitsTest {
    private static final List<String> NAMES = List.of("SGD", "Momentum", "AdaGrad", "Adam");
    private static final double WIDTH = 420;
    private static final double HEIGHT = 300;
    private CurvePlot chart;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Language.ENGLISH);
        chart = new CurvePlot(i18n);
        chart.setAxisNames(i18n.label("training.axis.iteration"), i18n.label("training.axis.loss"));
        for (int g = 0; g < NAMES.size(); g++) {
            String name = NAMES.get(g);
            int curve = chart.addCurve(chart.addGroup(Bindings.createStringBinding(() -> name)), CurveStroke.FAINT);
            for (int i = 1; i <= 3000; i++) {
                chart.append(curve, i, 2.3 * Math.exp(-i / (300.0 * (g + 1))) + 0.0123456);
            }
        }
        chart.setXLength(3000);
        chart.refresh();
        UiTestKit.show(stage, new StackPane(chart), WIDTH, HEIGHT);
    }

    @Test
    void theReadOutStaysInsideTheFigureAtTheRightTopAndBottomEdges(FxRobot robot) {
        double w = OnFx.call(chart::getWidth);
        double h = OnFx.call(chart::getHeight);
        assertTrue(w > 300 && h > 200, "laid out: " + w + " × " + h);
        for (double y : new double[] {h / 2, 3, h - 3}) {
            Point2D at = OnFx.call(() -> chart.localToScreen(w - 3, y));
            robot.moveTo(at);
            WaitForAsyncUtils.waitForFxEvents();
            RecordingPainter painter = new RecordingPainter();
            OnFx.call(() -> {
                chart.paintFigure(painter);
                return null;
            });
            Font font = OnFx.call(() -> chart.plotFont(FontWeight.NORMAL, 0.9));
            List<RecordingPainter.Call> lines = painter.calls().stream()
                    .filter(c -> c.op().equals("fillText") && c.text().contains(" · ")).toList();
            assertTrue(!lines.isEmpty(), "hovering at y " + y + " shows a read-out");
            String all = String.join(" ", lines.stream().map(RecordingPainter.Call::text).toList());
            for (String name : NAMES) {
                assertTrue(all.contains(name + " · iteration 3,000: "), "the read-out names " + name + ": " + all);
            }
            for (RecordingPainter.Call line : lines) {
                double right = line.x() + Painter.textWidth(line.text(), font);
                double bottom = line.y() + font.getSize() * 1.2;
                String where = "at y " + (int) y + ", '" + line.text() + "' spans x " + (int) line.x() + "–"
                        + (int) right + ", y " + (int) line.y() + "–" + (int) bottom + " in " + w + " × " + h;
                assertTrue(line.x() >= 0 && right <= w, where);
                assertTrue(line.y() >= 0 && bottom <= h, where);
            }
            assertEquals(0, lines.stream().filter(c -> c.text().contains("…")).count(), "nothing cut: " + all);
        }
    }
}
