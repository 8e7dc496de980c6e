package org.gradientlab.core.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.OptimizerComparison;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.training.SeriesPlan;
import org.gradientlab.core.linalg.GemmKernels;

/**
 * Wall time of the four-optimizer workload (book: ch06/optimizer_compare_mnist.py): four
 * networks 784-100-100-100-100-10, SGD, Momentum, AdaGrad and Adam, batch 128, the same
 * mini-batches, trained by {@link ExperimentRunner} as {@code train --experiment optimizers}
 * does, without the accuracy evaluations (the numpy baseline has none either). A short run
 * first lets the JIT compile the loop. The {@code bench} command calls {@link #run}, and runs
 * {@link #main} in a second JVM without the Vector API for the plain-kernel figure.
 */
public final class TrainingBenchmark {

    /**
     * {@code seconds} of wall time for {@code iterations} iterations of all four networks, and
     * the CPU time the process used meanwhile (all threads, JIT and GC included): on a machine
     * shared with other work the wall time varies with their load, the CPU time much less.
     */
    public record Result(int iterations, int threads, double seconds, double cpuSeconds, String kernel) {
        public double millisPerIteration() {
            return 1000 * seconds / iterations;
        }
    }

    private TrainingBenchmark() {}

    /** Times {@code iterations} iterations after {@code warmup} unmeasured ones. */
    public static Result run(Mnist data, int iterations, int warmup, int threads) throws InterruptedException {
        try (ExperimentRunner runner = new ExperimentRunner(threads)) {
            if (warmup > 0) {
                train(runner, data, warmup);
            }
            long cpu = cpuNanos();
            long start = System.nanoTime();
            train(runner, data, iterations);
            return new Result(iterations, threads, (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9,
                    GemmKernels.active().name());
        }
    }

    private static void train(ExperimentRunner runner, Mnist data, int iterations) throws InterruptedException {
        OptimizerComparison config = OptimizerComparison.book().withLength(iterations);
        List<SeriesPlan> plans = config.plan(data).stream()
                .map(plan -> plan.withSchedule(plan.schedule().withoutEvaluation()))
                .toList();
        RunControl control = new RunControl();
        ExperimentRunner.await(runner.start(config, plans, control, ProgressListener.NONE), control);
    }

    /** CPU time of this process so far, or 0 where the JVM does not tell. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** The line {@link #main} prints, parsed back by the bench command. */
    public static String line(Result result) {
        return String.format(Locale.ROOT, "kernel=%s iterations=%d threads=%d seconds=%.3f ms_per_iteration=%.3f"
                + " cpu_seconds=%.3f", result.kernel().replace(' ', '_'), result.iterations(), result.threads(),
                result.seconds(), result.millisPerIteration(), result.cpuSeconds());
    }

    /** Arguments: iterations warmup threads [mnist-dir]; prints {@link #line}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: TrainingBenchmark ITERATIONS WARMUP THREADS [MNIST_DIR]");
            System.exit(2);
        }
        Mnist data = args.length > 3 ? Mnist.load(Path.of(args[3])) : Mnist.bundled();
        System.out.println(line(run(data, Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]))));
    }
}
