package org.gradientlab.ui.lab;

import java.util.List;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.init.InitLab;
import org.gradientlab.ui.optimizer.OptimizerLab;
import org.gradientlab.ui.training.CoreBackend;
import org.gradientlab.ui.training.TrainingLab;

/** The three labs of the main window, in tab order; each lab's own work replaces its entry here. */
public final class Labs {
    public static final List<String> IDS = List.of("optimizer", "init", "training");

    private Labs() {}

    public static List<Lab> standard(I18n i18n) {
        return List.of(
                new OptimizerLab(i18n),
                new InitLab(i18n),
                new TrainingLab(i18n, new CoreBackend(), CoreBackend::preset));
    }
}
