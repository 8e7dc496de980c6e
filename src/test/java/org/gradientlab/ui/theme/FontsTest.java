package org.gradientlab.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;

/**
 * Hangul drawn at 2× through a transform (exports, HiDPI) must look like Hangul drawn at twice
 * the size. With overlapping contours in the font, JavaFX's even-odd fill punched holes in
 * strokes such as the ㅅ of 시, 수 and 신 (see resources/fonts/README.txt).
 */
@ExtendWith(ApplicationExtension.class)
class FontsTest {
    private static final String SAMPLE = "시치수신국값초깃활성화";

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    @Test
    void bundledFamilyIsRegisteredInBothWeights() {
        Fonts.load();
        assertEquals(List.of("Noto Sans KR Bold", "Noto Sans KR Regular"),
                Font.getFontNames(Fonts.FAMILY).stream().sorted().toList());
    }

    @Test
    void scaledHangulKeepsWholeStrokesInBothWeights() {
        List<String> broken = OnFx.call(() -> {
            List<String> out = new ArrayList<>();
            for (FontWeight weight : new FontWeight[] {FontWeight.NORMAL, FontWeight.BOLD}) {
                for (String glyph : SAMPLE.split("")) {
                    Image twiceTheSize = render(glyph, weight, 40, 1);
                    Image scaledTwice = render(glyph, weight, 20, 2);
                    if (mismatch(twiceTheSize, scaledTwice) > 0.04) {
                        out.add(glyph + " " + weight);
                    }
                }
            }
            return out;
        });
        assertEquals(List.of(), broken);
    }

    private static Image render(String glyph, FontWeight weight, double size, double scale) {
        Text text = new Text(glyph);
        text.setFont(Font.font(Fonts.FAMILY, weight, size));
        new Scene(new Group(text));
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return text.snapshot(params, null);
    }

    /** Pixels that are ink in one image and paper in the other, per inked pixel. */
    private static double mismatch(Image a, Image b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        long ink = 0;
        long differ = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ba = ra.getColor(x, y).getBrightness();
                double bb = rb.getColor(x, y).getBrightness();
                ink += ba < 0.5 ? 1 : 0;
                differ += Math.abs(ba - bb) > 0.6 ? 1 : 0;
            }
        }
        return (double) differ / Math.max(1, ink);
    }
}
