package org.gradientlab.core.bench;

import java.util.Arrays;
import java.util.Locale;

import org.gradientlab.core.experiment.probe.ActivationProbe;
import org.gradientlab.core.experiment.probe.ActivationProbeConfig;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;

/**
 * Micro-benchmark of {@link ActivationProbe} at the book's size (1000 × 100, 5 layers): the
 * median wall time of a run after warm-up, with draws cached as they are while a user moves a
 * slider. Run: {@code java --add-modules jdk.incubator.vector -cp target/classes
 * org.gradientlab.core.bench.ActivationProbeBenchmark}.
 */
public final class ActivationProbeBenchmark {
    private ActivationProbeBenchmark() {}

    /** Median milliseconds of {@code runs} runs after {@code warmup} unmeasured ones. */
    public static double medianMillis(ActivationProbeConfig config, int warmup, int runs) {
        ActivationProbe probe = new ActivationProbe();
        for (int i = 0; i < warmup; i++) {
            probe.run(config);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            probe.run(config);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }

    public static void main(String[] args) {
        ActivationProbeConfig sigmoid = ActivationProbeConfig.book(WeightInit.ofStd(1), Activation.SIGMOID);
        ActivationProbeConfig[] configs = {
            sigmoid,
            ActivationProbeConfig.book(WeightInit.XAVIER, Activation.TANH),
            ActivationProbeConfig.book(WeightInit.HE, Activation.RELU),
            ActivationProbeConfig.book(WeightInit.HE, Activation.ELU),
            sigmoid.withBatchNorm(true),
            sigmoid.withBackward(true),
        };
        for (ActivationProbeConfig config : configs) {
            System.out.printf(Locale.ROOT, "%-10s %-8s bn=%-5b backward=%-5b %6.2f ms%n", config.activation().cliName(),
                    config.init().label(), config.batchNorm(), config.backward(), medianMillis(config, 300, 200));
        }
    }
}
