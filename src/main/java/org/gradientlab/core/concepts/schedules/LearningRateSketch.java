package org.gradientlab.core.concepts.schedules;

import java.util.List;

import org.gradientlab.core.experiment.training.TrainingSetup;
import org.gradientlab.core.optim.LearningRateSchedule.Constant;

/**
 * The loss-vs-lr sketch of CS231n lecture 6 ("very high", "high", "low" and "good" learning
 * rates) from real runs: SGD at four constant rates on the page's 784-100-10 net, 300 updates
 * of batch 100. The rates were found by trying (seeds 0–2, loss averaged over 30 updates;
 * the first loss ≈ 2.3 for all):
 * <ul>
 * <li>30: the loss explodes to ≈ 8 in the first updates and stays near 5, above the start
 *     (100 sits at the loss's cap of ≈ 13; 10 kills every ReLU and stays at 2.35);</li>
 * <li>1.7: a jump, then a plateau at 1.1–2.0 that it does not leave (1.2 and 1.4 behave like
 *     a good rate on some seeds: the edge is sharp);</li>
 * <li>0.001: a slow, almost straight descent, 2.45 → 2.16;</li>
 * <li>0.4: fast and low, 0.21 after 300 updates (0.1 reaches 0.32, 0.5 0.20).</li>
 * </ul>
 * Real ReLU nets differ from the sketch in one way: past a rate the first steps kill many
 * units, so "high" does not first drop fast but lands on its plateau at once.
 */
public final class LearningRateSketch {
    /** The four rates, in the lecture's order, as measured above. */
    public static final double VERY_HIGH = 30;
    public static final double HIGH = 1.7;
    public static final double LOW = 0.001;
    public static final double GOOD = 0.4;

    /** Updates per run: enough for every shape to show. */
    public static final int ITERATIONS = 300;

    /** Series names, in the order of the records. */
    public static final List<String> NAMES = List.of("very-high", "high", "low", "good");

    private LearningRateSketch() {}

    /** The four runs on {@code setup}'s network over {@code iterations} updates. */
    public static ScheduleComparison comparison(TrainingSetup setup, int iterations) {
        List<Double> rates = List.of(VERY_HIGH, HIGH, LOW, GOOD);
        return new ScheduleComparison(setup, List.of(0, 1, 2, 3).stream()
                .map(i -> new ScheduleComparison.Run(NAMES.get(i), new Constant(rates.get(i)))).toList(), iterations);
    }
}
