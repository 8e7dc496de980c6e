package org.gradientlab.ui.optimizer;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.Surface;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;

/** The line under the figure that makes an exported image self-describing: surface, start, steps, each run's settings. */
final class FigureCaption {
    /** Prefix of a preset's name key, e.g. optimizer.surface.book. */
    static final String SURFACE_NAME = "optimizer.surface.";

    private FigureCaption() {}

    static StringBinding of(OptimizerLabModel model, I18n i18n) {
        List<Observable> dependencies = new ArrayList<>(List.of(i18n.languageProperty(), model.surfaceProperty(),
                model.startProperty(), model.stepsProperty(), model.noiseProperty()));
        for (Run run : model.runs()) {
            dependencies.add(run.settingsProperty());
            dependencies.add(run.enabledProperty());
        }
        return Bindings.createStringBinding(() -> text(model, i18n), dependencies.toArray(Observable[]::new));
    }

    static String text(OptimizerLabModel model, I18n i18n) {
        List<String> runs = new ArrayList<>();
        for (Run run : model.enabledRuns()) {
            runs.add(i18n.text(RunStyle.nameKey(run.kind())) + " " + settings(run.settings()));
        }
        // An exported figure with noisy gradients says so next to the surface, before the runs
        // (which a narrow caption cuts): its paths are not the book's.
        String noise = model.noise().isNone() ? ""
                : i18n.text("optimizer.caption.noise", Num.format(model.noise().sigma()), model.noise().seed());
        return i18n.text("optimizer.caption", surface(model.surface(), i18n) + noise, Num.format(model.start().x(), 3),
                Num.format(model.start().y(), 3), model.steps(), String.join(" · ", runs));
    }

    static String surface(Surface surface, I18n i18n) {
        return surface instanceof PresetSurface preset
                ? i18n.text(SURFACE_NAME + preset.id())
                : "f(x, y) = " + surface.id();
    }

    /** The hyperparameters the run's optimizer reads: η always, then α, ρ or β1 and β2. */
    static String settings(OptimizerSettings s) {
        String lr = "η=" + Num.format(s.learningRate());
        return switch (s.kind()) {
            case SGD, ADAGRAD -> lr;
            case MOMENTUM, NESTEROV -> lr + " α=" + Num.format(s.momentum());
            case RMSPROP -> lr + " ρ=" + Num.format(s.decay());
            case ADAM -> lr + " β1=" + Num.format(s.beta1()) + " β2=" + Num.format(s.beta2());
        };
    }
}
