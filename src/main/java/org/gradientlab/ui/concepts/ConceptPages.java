package org.gradientlab.ui.concepts;

import java.util.List;
import java.util.function.Consumer;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.ComingSoonLab;
import org.gradientlab.ui.lab.Lab;

/** The concepts lab's pages in the order of the lectures; each page's own work replaces its line. */
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
                coming("activations", i18n),
                coming("preprocessing", i18n),
                coming("babysitting", i18n),
                coming("schedules", i18n),
                coming("ensembles", i18n),
                new org.gradientlab.ui.concepts.conv.ConvPage(i18n));
    }

    private static Lab coming(String id, I18n i18n) {
        return new ComingSoonLab(id, "concepts." + id + ".title", "concepts." + id + ".coming", i18n);
    }
}
