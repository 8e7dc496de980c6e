package org.gradientlab.ui.concepts.conv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.concepts.conv.ConvPreset;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * Not a test: renders the page per preset and language, a few cells into the animation, to look
 * at layouts. Run with {@code mvn test -Dtest=ConvPagePreview -Dpreview.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "preview.dir", matches = ".+")
class ConvPagePreview {
    @Test
    void rendersEachPreset() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("preview.dir")));
        Theme theme = Theme.valueOf(System.getProperty("preview.theme", "LIGHT"));
        for (Language language : Language.values()) {
            for (ConvPreset preset : ConvPreset.values()) {
                Path png = dir.resolve("conv-" + preset.id() + "-" + language.name().toLowerCase(Locale.ROOT) + ".png");
                Stage[] stage = new Stage[1];
                ConvPage[] shown = new ConvPage[1];
                OnFx.call(() -> {
                    Fonts.load();
                    ConvPage page = new ConvPage(new I18n(language));
                    shown[0] = page;
                    Scene scene = new Scene((Parent) page.view(), 1090, 740);
                    new Appearance(theme, 100).style(scene);
                    stage[0] = new Stage();
                    stage[0].setScene(scene);
                    stage[0].show();
                    page.model().apply(preset);
                    for (int i = 0; i < 4; i++) {
                        page.step();
                    }
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                Path figure = dir.resolve(png.getFileName().toString().replace(".png", "-figure.png"));
                OnFx.call(() -> {
                    ImageExport.writePng(ImageExport.snapshot(stage[0].getScene().getRoot(), 1), png);
                    ImageExport.writePng(ImageExport.snapshot(shown[0].exportNode(), 2), figure);
                    stage[0].close();
                    return null;
                });
            }
        }
    }
}
