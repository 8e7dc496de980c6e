package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
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
 * The text an empty plot shows stays inside the plot area: the loss-landscape line's "Press Run: …"
 * was one line centred on the area, wider than it, and ran over the y axis's "1.5".
 */
@ExtendWith(ApplicationExtension.class)
class CurvePlotEmptyTextTest {
    private I18n i18n;
    private CurvePlot plot;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        plot = new CurvePlot(i18n);
        // As the loss-landscape page sets up its line: α from −0.5 to 1.5, loss from 0 to 3.
        plot.setAxisNames(i18n.label("concepts.landscape.axis.alpha"), i18n.label("concepts.landscape.axis.loss"));
        plot.setEmptyText(i18n.label("concepts.landscape.empty.line"));
        plot.setXRange(-0.5, 1.5);
        plot.setFitY(0, 1.1, 3);
        plot.addCurve(plot.addGroup(null, 0), CurveStroke.BOLD);
        UiTestKit.show(stage, new StackPane(plot), 360, 300);
    }

    @Test
    void theEmptyTextIsWrappedInsideThePlotAreaClearOfTheTickLabels() {
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            RecordingPainter painter = new RecordingPainter();
            PlotTransform area = OnFx.call(() -> {
                i18n.setLanguage(language);
                plot.paintFigure(painter);
                return plot.plotArea();
            });
            String sentence = i18n.text("concepts.landscape.empty.line");
            Font font = OnFx.call(() -> plot.plotFont());
            List<Call> texts = painter.calls("fillText");
            List<Call> lines = texts.stream().filter(c -> sentence.contains(c.text()) && c.text().length() > 3).toList();
            assertEquals(sentence, String.join(" ", lines.stream().map(Call::text).toList()), language + ": all of it");
            for (Call line : lines) {
                // The y tick labels are right-aligned left of the area's left edge: inside it is clear of them.
                double half = Painter.textWidth(line.text(), font) / 2;
                assertTrue(line.x() - half >= area.left() && line.x() + half <= area.left() + area.width(),
                        language + ": '" + line.text() + "' from " + (line.x() - half) + " to " + (line.x() + half)
                                + " inside the plot area " + area.left() + " to " + (area.left() + area.width()));
            }
            assertTrue(lines.size() > 1, language + ": wider than the area, so wrapped");
        }
    }
}
