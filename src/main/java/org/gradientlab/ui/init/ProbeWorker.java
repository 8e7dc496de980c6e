package org.gradientlab.ui.init;

import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.experiment.probe.ActivationProbe;
import org.gradientlab.core.experiment.probe.ActivationProbeResult;
import org.gradientlab.core.experiment.probe.LayerHealth;

/**
 * Computes what the lab shows for a {@link Request}: the live setting, the pinned one and the
 * book's four panels, each on a probe of its own so each keeps its cached draws (another std
 * then only rescales). An outcome is reused while its setting and backward flag are unchanged,
 * so the pinned side and the book figure cost nothing while the slider moves.
 * Called from one thread at a time (the lab's worker; the first call from the FX thread).
 */
final class ProbeWorker {
    /**
     * @param pinned   the A side's setting, or null
     * @param backward also run the backward pass
     * @param book     also compute the book's four panels
     */
    record Request(InitSettings live, InitSettings pinned, boolean backward, boolean book) {}

    /** @param pinned null without a pin; @param book empty unless requested */
    record Response(Request request, ProbeOutcome live, ProbeOutcome pinned, List<ProbeOutcome> book) {}

    private final Slot live = new Slot();
    private final Slot pinned = new Slot();
    private final List<Slot> book = List.of(new Slot(), new Slot(), new Slot(), new Slot());

    synchronized Response compute(Request request) {
        ProbeOutcome pinnedOutcome = null;
        if (request.pinned() != null) {
            // A pin is taken from the live setting: the live slot's last outcome, unless the
            // live slot has moved on since (or the pinned slot already holds it).
            ProbeOutcome before = live.last;
            boolean fromLive = before != null && before.settings().equals(request.pinned())
                    && before.hasGradients() == request.backward();
            pinnedOutcome = fromLive && !pinned.matches(request.pinned(), request.backward())
                    ? pinned.adopt(before) : pinned.outcome(request.pinned(), request.backward());
        }
        ProbeOutcome liveOutcome = live.outcome(request.live(), request.backward());
        List<ProbeOutcome> bookOutcomes = new ArrayList<>();
        if (request.book()) {
            List<InitSettings> figures = InitSettings.bookFigures(request.live().seed());
            for (int i = 0; i < figures.size(); i++) {
                bookOutcomes.add(book.get(i).outcome(figures.get(i), false));
            }
        }
        return new Response(request, liveOutcome, pinnedOutcome, bookOutcomes);
    }

    private static final class Slot {
        private final ActivationProbe probe = new ActivationProbe();
        private ProbeOutcome last;

        boolean matches(InitSettings settings, boolean backward) {
            return last != null && last.settings().equals(settings) && last.hasGradients() == backward;
        }

        ProbeOutcome outcome(InitSettings settings, boolean backward) {
            if (!matches(settings, backward)) {
                last = run(probe, settings, backward);
            }
            return last;
        }

        ProbeOutcome adopt(ProbeOutcome outcome) {
            last = outcome;
            return outcome;
        }
    }

    static ProbeOutcome run(ActivationProbe probe, InitSettings settings, boolean backward) {
        ActivationProbeResult result = probe.run(settings.config(backward));
        return new ProbeOutcome(settings, result, LayerHealth.ofActivations(result.activations(), settings.activation()),
                LayerHealth.ofGradients(result.gradients()));
    }
}
