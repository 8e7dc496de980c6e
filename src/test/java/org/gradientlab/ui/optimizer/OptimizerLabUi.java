package org.gradientlab.ui.optimizer;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.FxFailures;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/** The optimizer lab at its default size, with a theme of the test's own; the lab's UI tests share it. */
@ExtendWith({FxFailures.class, ApplicationExtension.class})
abstract class OptimizerLabUi {
    @TempDir
    Path dir;
    I18n i18n;
    OptimizerLab lab;
    OptimizerLabModel model;
    Appearance appearance;

    /** Builds and shows the lab; each test class calls it from its own {@code @Start} (TestFX reads only the class's own). */
    void show(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        lab = new OptimizerLab(i18n, (name, extension) -> Optional.empty());
        model = lab.model();
        Scene scene = UiTestKit.show(stage, lab);
        // Styled again by an Appearance of the test's own: the tests change its theme and font scale.
        appearance = new Appearance(Theme.LIGHT, 100);
        appearance.style(scene);
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static TrajectoryPlot plot(FxRobot robot) {
        return robot.lookup("#optimizer-plot").queryAs(TrajectoryPlot.class);
    }
}
