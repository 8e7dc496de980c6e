package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.RecordingPainter.Call;

/**
 * A title wider than its figure wraps at spaces onto two lines instead of being cut: the training
 * lab's compare view showed "update ratio ‖ΔW‖/‖W‖ per la…" in half a 1280×720 window (issue 18).
 */
@ExtendWith(ApplicationExtension.class)
class CurveTitleWrapTest {
    private static final double WIDTH = 220;
    private final SimpleStringProperty title = new SimpleStringProperty();
    private CurvePlot plot;

    @Start
    void start(Stage stage) {
        plot = new CurvePlot(new I18n(Language.ENGLISH));
        plot.setTitle(title);
        plot.setXRange(0, 100);
        plot.setFitY(0, 1, 1);
        plot.addCurve(plot.addGroup(null, 0), CurveStroke.BOLD);
        UiTestKit.show(stage, new StackPane(plot), WIDTH, 200);
    }

    @Test
    void aTitleTwiceAsWideAsTheFigureWrapsOntoTwoWholeLines() {
        String words = "update ratio ‖ΔW‖/‖W‖ per layer against the 1e-3 guide";
        List<Call> lines = paintedTitle(words);
        Font font = OnFx.call(() -> plot.plotFont(FontWeight.BOLD, 1.1));
        assertTrue(Painter.textWidth(words, font) > WIDTH, "the test's title is wider than the figure");
        assertEquals(2, lines.size(), "two lines: " + lines);
        assertEquals(words, lines.get(0).text() + " " + lines.get(1).text(), "every word, none cut");
        assertTrue(lines.get(1).y() > lines.get(0).y(), "the second line under the first");
        for (Call line : lines) {
            assertTrue(line.x() + Painter.textWidth(line.text(), font) <= WIDTH, "'" + line.text() + "' inside the figure");
        }
        assertFalse(OnFx.call(plot::titleCut));
    }

    @Test
    void aTitleLongerThanTwoLinesIsCutWithAnEllipsisAndSaysSo() {
        String words = "a title that goes on and on and on, far longer than two lines of a small figure can hold";
        List<Call> lines = paintedTitle(words);
        assertEquals(2, lines.size(), "at most two lines: " + lines);
        assertTrue(lines.get(1).text().endsWith("…"), lines.get(1).text());
        assertTrue(OnFx.call(plot::titleCut));
    }

    @Test
    void aShortTitleStaysOneLine() {
        assertEquals(1, paintedTitle("loss").size());
        assertFalse(OnFx.call(plot::titleCut));
    }

    private List<Call> paintedTitle(String words) {
        RecordingPainter painter = new RecordingPainter();
        OnFx.call(() -> {
            title.set(words);
            plot.paintFigure(painter);
            return null;
        });
        double size = OnFx.call(() -> plot.plotFont(FontWeight.BOLD, 1.1).getSize());
        // The title is the only text in its font's size (ticks and axis names are smaller).
        return painter.calls("fillText").stream()
                .filter(c -> Math.abs(c.fontSize() - size) < 0.01)
                .toList();
    }
}
