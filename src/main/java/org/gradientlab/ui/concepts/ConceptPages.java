package org.gradientlab.ui.concepts;

import java.util.List;
import java.util.function.Consumer;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.concepts.activations.ActivationsPage;
import org.gradientlab.ui.concepts.babysitting.BabysittingPage;
import org.gradientlab.ui.concepts.conv.ConvPage;
import org.gradientlab.ui.concepts.ensembles.EnsemblesPage;
import org.gradientlab.ui.concepts.preprocessing.PreprocessingLab;
import org.gradientlab.ui.concepts.schedules.SchedulesPage;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.Lab;

/** The concepts lab's pages in the order of the lectures. */
public final class ConceptPages {
    public static final List<String> IDS = List.of(
            "activations", "preprocessing", "babysitting", "schedules", "ensembles", "conv");

    private ConceptPages() {}

    /**
     * @param toInitLab sets the initialization lab's activation function ("send to the
     *                  initialization lab"); the page then asks its host to show that lab
     */
    public static List<Lab> standard(I18n i18n, Consumer<Activation> toInitLab) {
        return List.of(
                new ActivationsPage(i18n, toInitLab),
                new PreprocessingLab(i18n),
                new BabysittingPage(i18n),
                new SchedulesPage(i18n),
                new EnsemblesPage(i18n),
                new ConvPage(i18n));
    }
}
