package org.gradientlab.ui.concepts.ensembles;

import org.gradientlab.core.concepts.ensembles.EnsembleConfig;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The ensembles page as a saved scene holds it: its two sliders. Trained members and passes are
 * results, not setup.
 *
 * @param nets         members of the ensemble, 1..{@value EnsembleConfig#MAX_NETS}
 * @param dropoutRatio the dropout net's ratio, in the slider's [{@value EnsemblesModel#MIN_RATIO},
 *                     {@value EnsemblesModel#MAX_RATIO}]
 */
public record EnsemblesSetup(int nets, double dropoutRatio) {
    public EnsemblesSetup {
        SetupChecks.in("nets", nets, 1, EnsembleConfig.MAX_NETS);
        SetupChecks.in("dropoutRatio", dropoutRatio, EnsemblesModel.MIN_RATIO, EnsemblesModel.MAX_RATIO);
    }
}
