package org.gradientlab.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.LayerProbe;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.optim.ElementwiseOptimizer;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * What per-layer statistics ({@link LayerProbe}) cost a training step, on one thread: the
 * training lab's step (mini-batch of 128 from MNIST, forward and backward, SGD update) of the
 * book's 784-100-100-100-100-10 ReLU/He net without statistics, with them every N iterations
 * and with them every iteration. The variants alternate within each round, so they share the
 * machine's load; figures are medians over rounds of the thread's CPU time per iteration, and
 * the overhead is the same-run ratio to the plain step. No accuracy evaluation is timed, so the
 * plain step is the smallest denominator the statistics can be set against.
 * Run: {@code java --add-modules jdk.incubator.vector -cp target/classes
 * org.gradientlab.core.bench.LayerStatsBenchmark [iterations per round] [rounds] [every]}
 * (defaults 400, 7, 20).
 */
public final class LayerStatsBenchmark {
    private LayerStatsBenchmark() {}

    /** CPU nanoseconds of {@code iterations} steps, probing at the iterations {@code every} samples (0: never). */
    private static long probeNanos;
    private static long probes;

    static long train(Dataset train, int iterations, int every, long seed) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        MultiLayerNet net = new MultiLayerNet(MultiLayerNetConfig.of(Mnist.PIXELS, List.of(100, 100, 100, 100),
                Mnist.CLASSES, seed));
        ElementwiseOptimizer optimizer = OptimizerSettings.defaults(OptimizerKind.SGD).create();
        LayerProbe probe = new LayerProbe(net);
        Matrix x = new Matrix(128, train.features());
        int[] t = new int[128];
        SplittableRandom random = new SplittableRandom(seed);
        long sink = 0;
        long start = bean.getCurrentThreadCpuTime();
        for (int iteration = 1; iteration <= iterations; iteration++) {
            for (int row = 0; row < t.length; row++) {
                int example = random.nextInt(train.count());
                System.arraycopy(train.images(), example * train.features(), x.data, row * train.features(),
                        train.features());
                t[row] = train.labels()[example];
            }
            net.gradient(x, t);
            boolean probed = LayerStatsRecord.sampled(iteration, every);
            long probeStart = probed ? bean.getCurrentThreadCpuTime() : 0;
            if (probed) {
                probe.beforeUpdate();
                probeNanos += bean.getCurrentThreadCpuTime() - probeStart;
            }
            optimizer.update(net.parameters());
            if (probed) {
                probeStart = bean.getCurrentThreadCpuTime();
                sink += probe.afterUpdate().size();
                probeNanos += bean.getCurrentThreadCpuTime() - probeStart;
                probes++;
            }
        }
        long nanos = bean.getCurrentThreadCpuTime() - start;
        return sink < 0 ? -1 : nanos;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Dataset train = Mnist.bundled().train();
        int[] variants = {0, every, 1};
        train(train, iterations, 1, 1);  // warm-up: JIT of every path
        train(train, iterations, 0, 1);
        probeNanos = 0;
        probes = 0;
        double[][] perIteration = new double[variants.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < variants.length; k++) {
                int v = (k + round) % variants.length;
                perIteration[v][round] = train(train, iterations, variants[v], round) / 1e6 / iterations;
            }
        }
        double plain = median(perIteration[0]);
        System.out.printf(Locale.ROOT, "probe alone: %.3f CPU ms per sampled iteration (mean of %d)%n",
                probeNanos / 1e6 / probes, probes);
        System.out.printf(Locale.ROOT, "%d rounds of %d iterations, CPU ms per iteration (median):%n", rounds, iterations);
        for (int v = 0; v < variants.length; v++) {
            double m = median(perIteration[v]);
            System.out.printf(Locale.ROOT, "  %-22s %.3f ms  (%.3f× plain, overhead %+.1f %%)%n",
                    variants[v] == 0 ? "no statistics" : "statistics every " + variants[v], m, m / plain,
                    100 * (m / plain - 1));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
