package org.gradientlab.ui.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Theme;

/**
 * Not a test: renders the lab mid-run with scripted curves, per preset, language and theme, to
 * look at layouts. Run with {@code mvn test -Dtest=TrainingLabPreview -Dpreview.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "preview.dir", matches = ".+")
class TrainingLabPreview {
    @Test
    void rendersEachPreset() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("preview.dir")));
        String only = System.getProperty("preview.presets", "");
        String languages = System.getProperty("preview.languages", "ENGLISH,KOREAN");
        for (Language language : Language.values()) {
            if (!languages.contains(language.name())) {
                continue;
            }
            for (Preset preset : Preset.values()) {
                if (!only.isEmpty() && !only.contains(preset.id())) {
                    continue;
                }
                render(dir, language, preset, Theme.valueOf(System.getProperty("preview.theme", "LIGHT")));
            }
        }
    }

    private void render(Path dir, Language language, Preset preset, Theme theme) throws Exception {
        int seriesCount = switch (preset) {
            case BATCH_NORM -> 32;
            case HYPERPARAMETERS -> 30;
            case WEIGHT_DECAY, DROPOUT -> 2;
            default -> 4;
        };
        ScriptedBackend backend = new ScriptedBackend(seriesCount, Long.getLong("preview.nanos", 1_000_000));
        LabWindow window = OnFx.call(() -> {
            LabWindow w = LabWindow.open(language, Boolean.getBoolean("preview.core") ? new CoreBackend() : backend,
                    theme);
            w.lab.model().choosePreset(preset);
            w.lab.model().start(false);
            return w;
        });
        TrainingLab lab = window.lab;
        Stage[] stage = {window.stage};
        LabWindow.FramePeriods periods = OnFx.call(() -> {
            LabWindow.FramePeriods f = new LabWindow.FramePeriods();
            f.start();
            return f;
        });
        Thread.sleep(Long.getLong("preview.millis", 1500));
        WaitForAsyncUtils.waitForFxEvents();
        OnFx.call(() -> {
            periods.stop();
            System.out.println("frames " + preset.id() + " " + language + ": " + LabWindow.FramePeriods.summary(periods.nanos()) + "; "
                    + lab.model().stateProperty().get() + " " + lab.view().lookup("#training-status")
                    .toString().replaceAll(".*'(.*)'.*", "$1"));
            return null;
        });
        OnFx.call(() -> {
            if (preset == Preset.HYPERPARAMETERS) {
                lab.charts().trials().table().getSelectionModel().select(0);
            }
            return null;
        });
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        Path png = dir.resolve("training-" + preset.id() + "-" + language.name().toLowerCase() + ".png");
        OnFx.call(() -> {
            ImageExport.writePng(ImageExport.snapshot(stage[0].getScene().getRoot(), 1), png);
            lab.model().stop();
            return null;
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        OnFx.call(() -> {
            stage[0].close();
            return null;
        });
    }
}
