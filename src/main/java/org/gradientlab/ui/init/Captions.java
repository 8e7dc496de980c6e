package org.gradientlab.ui.init;

import org.gradientlab.core.experiment.ActivationProbeConfig;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;

/** The settings written out under a figure, so an exported image says what it shows. */
final class Captions {
    private Captions() {}

    /** "sigmoid · std 1 · …": activation, init with its σ, sizes, seed, batch norm. */
    static String settings(I18n i18n, InitSettings s) {
        return i18n.text("init.caption.settings", i18n.text(ExplainPanel.activationKey(s.activation())),
                init(i18n, s), sizes(i18n, s),
                i18n.text(s.batchNorm() ? "init.caption.batch-norm-on" : "init.caption.batch-norm-off"));
    }

    static String init(I18n i18n, InitSettings s) {
        return switch (s.init()) {
            case STD_1, STD_0_01, CUSTOM -> i18n.text("init.caption.std", Num.format(s.std(), 3));
            case XAVIER, HE -> i18n.text("init.caption.fan-in", i18n.text(s.init().nameKey()), Num.format(s.std(), 3));
        };
    }

    /** "5 layers × 100 nodes, 1000 inputs, seed 0". */
    static String sizes(I18n i18n, InitSettings s) {
        return i18n.text("init.caption.sizes", s.layers(), s.nodes(), Integer.toString(ActivationProbeConfig.BOOK_SAMPLES),
                Long.toString(s.seed()));
    }
}
