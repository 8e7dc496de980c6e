package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * The window start-up the training lab's mains (TrainingLabBench, TrainingLabPreview) share: the
 * real lab on {@code backend}, shown in a window of its own at the size they measure, and the
 * frame periods a user sees while it trains. Call on the FX thread.
 */
final class LabWindow {
    static final double WIDTH = 1240;
    static final double HEIGHT = 780;

    final TrainingLab lab;
    final Stage stage;

    private LabWindow(TrainingLab lab, Stage stage) {
        this.lab = lab;
        this.stage = stage;
    }

    /** Builds the lab with the presets' book settings and shows it in {@code theme} at 100 % font size. */
    static LabWindow open(Language language, TrainingBackend backend, Theme theme) {
        Fonts.load();
        TrainingLab lab = new TrainingLab(new I18n(language), backend, CoreBackend::preset);
        Scene scene = new Scene((Parent) lab.view(), WIDTH, HEIGHT);
        new Appearance(theme, 100).style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return new LabWindow(lab, stage);
    }

    /** Frame periods (pulse to pulse, seen by an AnimationTimer): what a user feels as smooth or stuttering. */
    static final class FramePeriods extends AnimationTimer {
        private final List<Long> periods = new ArrayList<>();
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                periods.add(now - last);
            }
            last = now;
        }

        long[] nanos() {
            return periods.stream().mapToLong(Long::longValue).toArray();
        }

        /** "N frames p50 / p95 / p99 / max" in ms, or "-" without frames. */
        static String summary(long[] nanos) {
            if (nanos.length == 0) {
                return "-";
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%d frames %.1f / %.1f / %.1f / %.1f", sorted.length,
                    at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
        }
    }
}
