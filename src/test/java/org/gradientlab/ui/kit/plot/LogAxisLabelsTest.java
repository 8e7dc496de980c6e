package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import javafx.geometry.VPos;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * Issues 12 and 18: a log₁₀ y axis wrote 0.0032, 10⁻³ and 3.2 × 10⁻⁴ on one axis (the training
 * lab's update ratio), 10⁰ beside 0.32, and its read-out yet another way. Now one form an axis,
 * chosen from its range: powers of ten over 2 or more decades, plain numbers under, the same for
 * the painted ticks, {@link CurvePlot#yTickLabel} and the hover read-out.
 */
@ExtendWith(ApplicationExtension.class)
class LogAxisLabelsTest {
    /** 10⁻³, 10⁰, 3.2 × 10⁻⁴: a power of ten with a true minus, maybe after a mantissa. */
    private static final Pattern POWER = Pattern.compile("(\\d(\\.\\d+)? × )?10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    /** 0.32, 1, 3.2, 1,000: digits only. */
    private static final Pattern PLAIN = Pattern.compile("[\\d,]+(\\.\\d+)?");
    private CurvePlot plot;
    private int curve;

    @Start
    void start(Stage stage) {
        plot = new CurvePlot(new I18n(Language.ENGLISH));
        plot.setAxisNames("iteration", "ratio");
        plot.setXRange(0, 100);
        plot.logYProperty().set(true);
        curve = plot.addCurve(plot.addGroup(CurveTexts.constant("ratio")), CurveStroke.BOLD);
        UiTestKit.show(stage, new StackPane(plot), 500, 400);
    }

    @Test
    void anAxisOverFourDecadesWritesEveryTickAsAPowerOfTen() {
        List<String> labels = yLabels(-4, 0);
        assertTrue(labels.size() >= 3, "ticks: " + labels);
        labels.forEach(label -> assertTrue(POWER.matcher(label).matches(), label + " in " + labels));
        assertEquals("10⁰", OnFx.call(() -> plot.yTickLabel(0.0)));
        assertEquals("10⁻³", OnFx.call(() -> plot.yTickLabel(-3.0)));
    }

    @Test
    void anAxisUnderTwoDecadesWritesEveryTickAsAPlainNumber() {
        List<String> labels = yLabels(Math.log10(0.2), Math.log10(3));
        assertTrue(labels.size() >= 2, "ticks: " + labels);
        labels.forEach(label -> assertTrue(PLAIN.matcher(label).matches(), label + " in " + labels));
        assertEquals("1", OnFx.call(() -> plot.yTickLabel(0.0)));
        assertEquals("0.32", OnFx.call(() -> plot.yTickLabel(-0.5)));
    }

    @Test
    void theReadOutWritesAValueAsItsAxisDoes() {
        // 0.05 is plain to Num, but on an axis over four decades it reads as its ticks do.
        yLabels(-4, 0);
        String wide = OnFx.call(() -> plot.readoutAt(plot.plotWidth() / 2));
        assertTrue(wide.endsWith(": 5 × 10⁻²"), wide);
        yLabels(Math.log10(0.02), Math.log10(0.3));
        String narrow = OnFx.call(() -> plot.readoutAt(plot.plotWidth() / 2));
        assertTrue(narrow.endsWith(": 0.05"), narrow);
    }

    @Test
    void theFormFollowsTheRangeAtAnyMagnitude() {
        // Under two decades a small axis stays plain too, where Num alone would switch to a power.
        assertEquals("0.000032", LogTicks.forAxis(-5, -4).tick(-4.5));
        assertEquals("3.2 × 10⁻⁵", LogTicks.forAxis(-5, -1).tick(-4.5));
        // Rounded before the power is chosen: 10⁻³, not 10 × 10⁻⁴.
        assertEquals("10⁻³", LogTicks.forAxis(-5, -1).value(9.99996e-4));
        assertEquals("3,162", LogTicks.forAxis(3, 4).value(3162.3));
    }

    /** One point at 0.05, the axis fixed to [low, high] (log₁₀), painted: the y labels in order. */
    private List<String> yLabels(double low, double high) {
        RecordingPainter painter = new RecordingPainter();
        OnFx.call(() -> {
            plot.setPoints(curve, new double[] {50}, new double[] {0.05});
            plot.setFixedY(low, high, LogTicks.MIN_STEP);
            plot.paintFigure(painter);
            return null;
        });
        double left = OnFx.call(() -> plot.plotArea().left());
        return painter.calls(c -> c.op().equals("fillText") && c.baseline() == VPos.CENTER && c.x() < left)
                .stream().map(RecordingPainter.Call::text).toList();
    }
}
