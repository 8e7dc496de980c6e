package org.gradientlab.ui.optimizer;

import org.gradientlab.core.surface.RunSummary;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.ui.kit.text.Message;

/**
 * How a run ended, in words, in one place for the results table, the state panel and the plot's
 * label: a blow-up, a surface with no floor and a point outside f's domain are different
 * lessons, and "diverged at step 0" for log x started at x &lt; 0 taught the wrong one.
 */
final class Endings {
    private Endings() {}

    /** The results table's status cell. */
    static Message status(RunSummary summary) {
        int step = summary.divergedAt().orElse(0);
        return switch (summary.ending()) {
            case FINISHED -> Message.of("optimizer.results.converging");
            case DIVERGED -> Message.of("optimizer.results.diverged", step);
            case UNBOUNDED -> Message.of("optimizer.results.unbounded", step);
            case UNDEFINED -> step == 0 ? Message.of("optimizer.results.undefined-start")
                    : Message.of("optimizer.results.undefined", step);
        };
    }

    /** The results table's "reached" cell: only where a minimum is known to measure against. */
    static Message reached(RunSummary summary) {
        if (!summary.minimumKnown()) {
            return Message.of("optimizer.results.no-minimum");
        }
        return summary.firstStepBelow().isPresent()
                ? Message.of("optimizer.results.at-step", summary.firstStepBelow().getAsInt())
                : Message.of("optimizer.results.not-reached");
    }

    /** The state panel's note past a run's last point; {@code name} is the optimizer's display name. */
    static Message note(Message name, Trajectory trajectory) {
        int step = trajectory.divergedAt().orElse(0);
        return switch (trajectory.ending()) {
            case FINISHED -> Message.of("optimizer.state.end", trajectory.points().size() - 1);
            case DIVERGED -> Message.of("optimizer.state.diverged", name, step);
            case UNBOUNDED -> Message.of("optimizer.state.unbounded", name, step);
            case UNDEFINED -> step == 0 ? Message.of("optimizer.state.undefined-start", name)
                    : Message.of("optimizer.state.undefined", name, step);
        };
    }

    /** The label beside the ✕ where a run stopped early on the plot. */
    static Message plotLabel(Message name, Trajectory trajectory) {
        int step = trajectory.divergedAt().orElse(0);
        return switch (trajectory.ending()) {
            case FINISHED, DIVERGED -> Message.of("optimizer.plot.diverged", name, step);
            case UNBOUNDED -> Message.of("optimizer.plot.unbounded", name, step);
            case UNDEFINED -> step == 0 ? Message.of("optimizer.plot.undefined-start", name)
                    : Message.of("optimizer.plot.undefined", name, step);
        };
    }
}
