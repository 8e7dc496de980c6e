package org.gradientlab.ui.concepts.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.concepts.preprocessing.MnistPca;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/**
 * The PCA pictures take their colours from the theme (-gl-plot-image-*, -gl-plot-map-*): the light
 * theme keeps white-centred red and blue components on white, dark and high contrast centre them
 * on their own plot background, and the mean stays white on black in every theme.
 */
@ExtendWith(ApplicationExtension.class)
class ComponentGridThemeTest {
    private final Appearance appearance = new Appearance(Theme.LIGHT, 100);
    private final ComponentGrid grid = new ComponentGrid();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(grid), 900, 500);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        double[] mean = new double[Mnist.PIXELS];
        mean[0] = 1;
        double[] component = new double[Mnist.PIXELS];
        component[1] = 2;
        component[2] = -2;
        grid.show(new MnistPca(10, mean, new double[][] {component}, new double[] {1}, new double[] {1}, 1,
                Mnist.PIXELS, 0, 0));
    }

    @Test
    void componentAndMeanPixelsFollowTheTheme(FxRobot robot) {
        assertPixels(robot, Theme.LIGHT, Color.web("#D55E00"), Color.web("#0072B2"), Color.WHITE);
        assertPixels(robot, Theme.DARK, Color.web("#D55E00"), Color.web("#56B4E9"), Color.web("#24272c"));
        assertPixels(robot, Theme.HIGH_CONTRAST, Color.web("#FF5C5C"), Color.web("#00E5FF"), Color.BLACK);
        assertPixels(robot, Theme.LIGHT, Color.web("#D55E00"), Color.web("#0072B2"), Color.WHITE);
    }

    private void assertPixels(FxRobot robot, Theme theme, Color positive, Color negative, Color zero) {
        robot.interact(() -> {
            appearance.setTheme(theme);
            scene.getRoot().applyCss();
        });
        Color[] seen = OnFx.call(() -> {
            Image c = grid.componentImage(0);
            Image mean = grid.meanImage();
            return new Color[] {c.getPixelReader().getColor(1, 0), c.getPixelReader().getColor(2, 0),
                    c.getPixelReader().getColor(3, 0), mean.getPixelReader().getColor(0, 0),
                    mean.getPixelReader().getColor(1, 0)};
        });
        assertColour(theme + " positive", positive, seen[0]);
        assertColour(theme + " negative", negative, seen[1]);
        assertColour(theme + " zero", zero, seen[2]);
        assertColour(theme + " mean ink", Color.WHITE, seen[3]);
        assertColour(theme + " mean ground", Color.BLACK, seen[4]);
    }

    private static void assertColour(String what, Color expected, Color actual) {
        assertEquals(expected.getRed(), actual.getRed(), 1.0 / 255, what + ": " + actual);
        assertEquals(expected.getGreen(), actual.getGreen(), 1.0 / 255, what + ": " + actual);
        assertEquals(expected.getBlue(), actual.getBlue(), 1.0 / 255, what + ": " + actual);
    }
}
