package org.gradientlab.ui.training;

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
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
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
        Stage[] stage = new Stage[1];
        TrainingLab lab = OnFx.call(() -> {
            Fonts.load();
            I18n i18n = new I18n(language);
            TrainingLab l = new TrainingLab(i18n, Boolean.getBoolean("preview.core") ? new CoreBackend() : backend,
                    CoreBackend::preset);
            Scene scene = new Scene((Parent) l.view(), 1240, 780);
            new Appearance(theme, 100).style(scene);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            l.model().choosePreset(preset);
            l.model().start(false);
            return l;
        });
        FramePeriods periods = OnFx.call(() -> {
            FramePeriods f = new FramePeriods();
            f.start();
            return f;
        });
        Thread.sleep(Long.getLong("preview.millis", 1500));
        WaitForAsyncUtils.waitForFxEvents();
        OnFx.call(() -> {
            periods.stop();
            System.out.println("frames " + preset.id() + " " + language + ": " + periods.summary() + "; "
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

    /** Frame periods seen by an AnimationTimer: what a user feels as smooth or stuttering. */
    static final class FramePeriods extends javafx.animation.AnimationTimer {
        private final java.util.List<Long> periods = new java.util.ArrayList<>();
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                periods.add(now - last);
            }
            last = now;
        }

        String summary() {
            if (periods.isEmpty()) {
                return "no frames";
            }
            java.util.List<Long> sorted = periods.stream().sorted().toList();
            return String.format(java.util.Locale.ROOT, "%d frames, median %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms", sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get(sorted.size() * 95 / 100) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6);
        }
    }
}
