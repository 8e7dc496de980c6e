package org.gradientlab.ui.concepts.ensembles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.concepts.ensembles.EnsemblesModel.Status;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * Not a test: trains the page's real defaults and renders the page and its export in English
 * and Korean, to look at. Run with {@code mvn test -Dtest=EnsemblesPagePreview -Dpreview.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "preview.dir", matches = ".+")
class EnsemblesPagePreview {
    @Test
    void rendersAfterARun() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("preview.dir")));
        I18n i18n = new I18n(Language.ENGLISH);
        EnsemblesPage page = new EnsemblesPage(i18n);
        Stage stage = OnFx.call(() -> {
            Fonts.load();
            Stage s = new Stage();
            Scene scene = new Scene((Parent) page.view(), 1100, 760);
            new Appearance(Theme.LIGHT, 100).style(scene);
            s.setScene(scene);
            s.show();
            page.model().train();
            page.model().runDropout();
            return s;
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> OnFx.call(() ->
                page.model().ensembleStatusProperty().get() != Status.RUNNING
                        && page.model().dropoutStatusProperty().get() != Status.RUNNING));
        for (Language language : Language.values()) {
            String tag = language == Language.ENGLISH ? "en" : "ko";
            OnFx.call(() -> {
                i18n.setLanguage(language);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            ImageExport.writePng(OnFx.call(() -> ImageExport.snapshot(stage.getScene().getRoot(), 1)),
                    dir.resolve("ensembles-run-" + tag + ".png"));
            ImageExport.writePng(OnFx.call(() -> ImageExport.snapshot(page.exportNode(), 2)),
                    dir.resolve("ensembles-export-" + tag + ".png"));
        }
        OnFx.call(() -> {
            stage.close();
            return null;
        });
    }
}
