package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.image.Image;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * For a canvas that draws words: switches English → Korean → English and checks, each time, the
 * words the canvas paints and that the picture on screen was painted again (it changes with
 * Korean and comes back pixel for pixel with English).
 */
public final class PaintedLanguage {
    private PaintedLanguage() {}

    /** The texts {@code plot} paints now, in painting order. */
    public static List<String> painted(PlotCanvas plot) {
        return OnFx.call(() -> {
            RecordingPainter painter = new RecordingPainter();
            plot.paintFigure(painter);
            return painter.calls("fillText").stream().map(RecordingPainter.Call::text).toList();
        });
    }

    /** {@code i18n} starts in English; {@code english} and {@code korean} are words the plot must draw. */
    public static void assertFollowsTheLanguage(FxRobot robot, I18n i18n, PlotCanvas plot, String english,
                                                String korean) {
        Image first = shot(plot);
        assertTrue(painted(plot).contains(english), english + " in " + painted(plot));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        Image korea = shot(plot);
        assertTrue(painted(plot).contains(korean), korean + " in " + painted(plot));
        assertTrue(UiTestKit.differingPixels(first, korea) > 0, "the canvas was not painted again in Korean");
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertTrue(painted(plot).contains(english), english + " in " + painted(plot));
        UiTestKit.assertSamePixels("the canvas back in English", first, shot(plot));
    }

    private static Image shot(PlotCanvas plot) {
        // A repaint waits for the next pulse's layout pass.
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return OnFx.call(() -> plot.snapshot(null, null));
    }
}
