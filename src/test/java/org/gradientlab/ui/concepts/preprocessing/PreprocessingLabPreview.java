package org.gradientlab.ui.concepts.preprocessing;

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

import org.gradientlab.core.concepts.preprocessing.CloudPreset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * Not a test: renders the page per preset and the MNIST tab, in both languages, to look at
 * layouts. Run with {@code mvn test -Dtest=PreprocessingLabPreview -Dpreview.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "preview.dir", matches = ".+")
class PreprocessingLabPreview {
    @Test
    void rendersPresetsAndMnist() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("preview.dir")));
        Theme theme = Theme.valueOf(System.getProperty("preview.theme", "LIGHT"));
        for (Language language : Language.values()) {
            Stage[] stage = new Stage[1];
            PreprocessingLab lab = OnFx.call(() -> {
                Fonts.load();
                PreprocessingLab l = new PreprocessingLab(new I18n(language), 5000, () -> Mnist.bundled().train());
                Scene scene = new Scene((Parent) l.view(), 1090, 740);
                new Appearance(theme, 100).style(scene);
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                return l;
            });
            for (CloudPreset preset : CloudPreset.values()) {
                OnFx.call(() -> {
                    lab.model().choosePreset(preset);
                    lab.model().sameScaleProperty().set(preset == CloudPreset.STRETCHED);
                    lab.model().hoveredProperty().set(3);
                    return null;
                });
                write(stage[0], dir.resolve("prep-" + preset.name().toLowerCase() + "-" + language.id() + ".png"));
            }
            OnFx.call(() -> {
                lab.model().clear();
                lab.model().add(1, 2);
                return null;
            });
            write(stage[0], dir.resolve("prep-one-point-" + language.id() + ".png"));
            OnFx.call(() -> {
                lab.tabs().getSelectionModel().select(1);
                return null;
            });
            long start = System.nanoTime();
            while (OnFx.call(() -> lab.mnistView().runningProperty().get())) {
                WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            }
            System.out.println("MNIST PCA shown after " + (System.nanoTime() - start) / 1_000_000 + " ms");
            write(stage[0], dir.resolve("prep-mnist-" + language.id() + ".png"));
            OnFx.call(() -> {
                stage[0].close();
                return null;
            });
        }
    }

    private static void write(Stage stage, Path png) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        OnFx.call(() -> {
            ImageExport.writePng(ImageExport.snapshot(stage.getScene().getRoot(), 1), png);
            return null;
        });
    }
}
