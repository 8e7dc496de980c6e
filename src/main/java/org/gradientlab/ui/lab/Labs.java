package org.gradientlab.ui.lab;

import java.util.List;
import java.util.Map;

import org.gradientlab.ui.concepts.ConceptPages;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.init.InitLab;
import org.gradientlab.ui.optimizer.OptimizerLab;
import org.gradientlab.ui.training.CoreBackend;
import org.gradientlab.ui.training.TrainingLab;

/** The labs of the main window, in tab order. */
public final class Labs {
    public static final List<String> IDS = List.of("optimizer", "init", "training", ConceptsLab.ID);
    /** The sub-pages of the labs that have them, for `snapshot --page`. */
    public static final Map<String, List<String>> PAGES = Map.of(ConceptsLab.ID, ConceptPages.IDS);

    private Labs() {}

    public static List<Lab> standard(I18n i18n) {
        InitLab init = new InitLab(i18n);
        return List.of(
                new OptimizerLab(i18n),
                init,
                new TrainingLab(i18n, new CoreBackend(), CoreBackend::preset),
                new ConceptsLab(i18n, ConceptPages.standard(i18n, init::useActivation)));
    }
}
