package org.gradientlab.ui.training;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * Not a test: the run list at 1280×720 after a real run stopped and renamed and a second one
 * finished, per language. Run with {@code mvn test -Dtest=RunListPreview -Dpreview.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "preview.dir", matches = ".+")
class RunListPreview {
    @Test
    void rendersAStoppedAndARenamedRun() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("preview.dir")));
        for (Language language : Language.values()) {
            render(dir, language);
        }
    }

    private void render(Path dir, Language language) throws Exception {
        Stage[] stage = new Stage[1];
        TrainingLab lab = OnFx.call(() -> {
            Fonts.load();
            TrainingLab l = new TrainingLab(new I18n(language), new CoreBackend(), CoreBackend::preset);
            Scene scene = new Scene((Parent) l.view(), 1280, 720);
            new Appearance(Theme.LIGHT, 100).style(scene);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            l.model().start(false);
            return l;
        });
        UiTestKit.waitUntil(120, () -> lab.model().samples().size() > 400);
        OnFx.call(() -> {
            lab.model().stop();
            return null;
        });
        UiTestKit.waitUntil(30, () -> !lab.model().isRunning());
        OnFx.call(() -> {
            lab.model().rename(lab.model().runs().get(0), language == Language.KOREAN ? "기준 학습" : "baseline");
            ((javafx.scene.control.TextField) lab.view().lookup("#param-length")).setText("300");
            lab.model().start(false);
            return null;
        });
        UiTestKit.waitUntil(600, () -> !lab.model().isRunning());
        OnFx.call(() -> {
            lab.model().runs().get(1).shown.set(true);
            lab.view().lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(1));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        Path png = dir.resolve("run-list-" + language.name().toLowerCase() + ".png");
        OnFx.call(() -> {
            ImageExport.writePng(ImageExport.snapshot(stage[0].getScene().getRoot(), 1), png);
            stage[0].close();
            return null;
        });
    }
}
