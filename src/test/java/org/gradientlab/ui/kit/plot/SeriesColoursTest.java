package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The theme's six series colours, as a figure reads them from CSS, stay apart from each other and
 * stand out from the plot's background. In the high-contrast theme SGD and Adam were both orange;
 * that theme is held to a stricter bound than the Okabe–Ito palette of the others.
 */
@ExtendWith(ApplicationExtension.class)
class SeriesColoursTest {
    private Scene scene;
    private Appearance appearance;
    private final PlotCanvas plot = new PlotCanvas(1) {
        @Override
        protected void paintLayer(int layer, Painter painter, double width, double height) {
            for (int i = 0; i < SeriesPalette.size(); i++) {
                painter.setFill(seriesColour(i));
                painter.fillRect(i * 10, 0, 8, 8);
            }
        }
    };

    @Start
    void start(Stage stage) {
        appearance = new Appearance(Theme.LIGHT, 100);
        scene = new Scene(new StackPane(plot), 200, 100);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyThemeKeepsItsSeriesApartAndVisible(Theme theme) {
        List<Color> series = new ArrayList<>();
        Color[] background = new Color[1];
        OnFx.call(() -> {
            appearance.setTheme(theme);
            plot.applyCss();
            for (int i = 0; i < SeriesPalette.size(); i++) {
                series.add(plot.seriesColour(i));
            }
            background[0] = plot.backgroundColour();
            return null;
        });
        boolean strict = theme == Theme.HIGH_CONTRAST;
        double minDistance = strict ? 40 : 25;
        double minContrast = strict ? 4.5 : 2;
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                double d = deltaE(series.get(i), series.get(j));
                assertTrue(d >= minDistance, theme + ": series " + (i + 1) + " " + series.get(i) + " and "
                        + (j + 1) + " " + series.get(j) + " are only ΔE " + d + " apart");
            }
            double c = contrast(series.get(i), background[0]);
            assertTrue(c >= minContrast, theme + ": series " + (i + 1) + " has contrast " + c + " on its background");
        }
    }

    /** CIE76 colour difference in L*a*b* (D65). */
    private static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }
}
