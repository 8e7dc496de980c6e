package org.gradientlab.ui.init;

import org.gradientlab.core.experiment.probe.ActivationProbeConfig;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;

/**
 * The settings written out under a figure, so an exported image says what it shows; kept as
 * messages so a figure made in one language reads in the next.
 */
final class Captions {
    private Captions() {}

    /** "sigmoid · std 1 · …": activation, init with its σ, sizes, seed, batch norm. */
    static Message settings(InitSettings s) {
        return Message.of("init.caption.settings", Message.of(ExplainPanel.activationKey(s.activation())),
                init(s), sizes(s),
                Message.of(s.batchNorm() ? "init.caption.batch-norm-on" : "init.caption.batch-norm-off"));
    }

    static Message init(InitSettings s) {
        return switch (s.init()) {
            case STD_1, STD_0_01, CUSTOM -> Message.of("init.caption.std", Num.format(s.std(), 3));
            case XAVIER, HE -> Message.of("init.caption.fan-in", Message.of(s.init().nameKey()), Num.format(s.std(), 3));
        };
    }

    /** "5 layers × 100 nodes, 1000 inputs, seed 0". */
    static Message sizes(InitSettings s) {
        return Message.of("init.caption.sizes", s.layers(), s.nodes(), Integer.toString(ActivationProbeConfig.BOOK_SAMPLES),
                Long.toString(s.seed()));
    }
}
