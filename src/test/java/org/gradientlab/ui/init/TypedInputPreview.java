package org.gradientlab.ui.init;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Spinner;
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

/**
 * Not a test: the init lab's controls with "abc" in the seed and σ = 20, in English and Korean, to look at
 * the input kit's error state. Run with {@code mvn test -Dtest=TypedInputPreview -Dpreview.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "preview.dir", matches = ".+")
class TypedInputPreview {
    @Test
    void rendersTheSeedInItsErrorState() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("preview.dir")));
        I18n i18n = new I18n(Language.ENGLISH);
        InitLab lab = new InitLab(i18n);
        Stage stage = OnFx.call(() -> {
            Stage s = new Stage();
            Scene scene = UiTestKit.show(s, lab);
            Spinner<?> seed = (Spinner<?>) scene.lookup("#init-seed");
            seed.getEditor().setText("abc");
            seed.commitValue();
            javafx.scene.control.TextField std = (javafx.scene.control.TextField) scene.lookup("#init-std-field");
            std.setText("20");
            std.fireEvent(new javafx.event.ActionEvent());
            return s;
        });
        for (Language language : Language.values()) {
            String tag = language == Language.ENGLISH ? "en" : "ko";
            OnFx.call(() -> {
                i18n.setLanguage(language);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            ImageExport.writePng(OnFx.call(() -> ImageExport.snapshot(stage.getScene().lookup(".init-controls"), 2)),
                    dir.resolve("typed-error-" + tag + ".png"));
        }
    }
}
