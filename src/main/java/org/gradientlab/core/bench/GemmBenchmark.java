package org.gradientlab.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.gradientlab.core.linalg.GemmKernel;
import org.gradientlab.core.linalg.GemmKernels;

/**
 * GFLOP/s of the plain and the vector kernel, on one thread, for the products of training the
 * MLP 784-100-100-100-100-10 at batch 128 and of the activation probe, both kernels in the same
 * JVM. Figures are medians of trials, per call and per thread.
 * Run: {@code java --add-modules jdk.incubator.vector -cp target/classes
 * org.gradientlab.core.bench.GemmBenchmark}; the {@code bench} command calls {@link #run}.
 */
public final class GemmBenchmark {

    /** op(a) [m, k] · op(b) [k, n]; {@code role} says where training uses it. */
    public record Shape(String role, int m, int n, int k, boolean transposeA, boolean transposeB) {
        public double flops() {
            return 2.0 * m * n * k;
        }

        /** e.g. {@code 784x128ᵀ · 128x100}: the stored shapes, ᵀ where the kernel transposes. */
        public String product() {
            String a = transposeA ? k + "x" + m + "ᵀ" : m + "x" + k;
            String b = transposeB ? n + "x" + k + "ᵀ" : k + "x" + n;
            return a + " · " + b;
        }
    }

    /**
     * Median CPU time per call and the rate it gives; NaN when the kernel is unavailable.
     * {@code peakGflops}: the vector kernel's {@link #peakGflops peak probe} in the same run.
     */
    public record Result(Shape shape, double plainMillis, double plainGflops,
                         double vectorMillis, double vectorGflops, double peakGflops) {
        public double speedup() {
            return plainMillis / vectorMillis;
        }

        /** The vector kernel's rate as a share of the core's FMA peak (0.75 = 75 %). */
        public double fractionOfPeak() {
            return vectorGflops / peakGflops;
        }
    }

    /**
     * {@code warmupMillis} cycling through all shapes and kernels (so C2 has compiled every path
     * before any timing), then per shape {@code trials} timed trials of about trialMillis each.
     */
    public record Settings(int warmupMillis, int trialMillis, int trials) {
        public Settings {
            if (warmupMillis < 0 || trialMillis < 1 || trials < 1) {
                throw new IllegalArgumentException("benchmark settings need warmupMillis >= 0, trialMillis >= 1,"
                        + " trials >= 1, got " + warmupMillis + ", " + trialMillis + ", " + trials);
            }
        }

        /** About 15 s for the training shapes. */
        public static Settings standard() {
            return new Settings(3000, 100, 5);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GemmBenchmark() {}

    /** Forward x·W, backward dW = xᵀ·dy and dx = dy·Wᵀ per layer kind, and the probe. */
    public static List<Shape> trainingShapes() {
        return List.of(
                new Shape("forward layer 1", 128, 100, 784, false, false),
                new Shape("forward hidden", 128, 100, 100, false, false),
                new Shape("forward output", 128, 10, 100, false, false),
                new Shape("dW layer 1", 784, 100, 128, true, false),
                new Shape("dW hidden", 100, 100, 128, true, false),
                new Shape("dW output", 100, 10, 128, true, false),
                new Shape("dx layer 1", 128, 784, 100, false, true),
                new Shape("dx hidden", 128, 100, 100, false, true),
                new Shape("dx output", 128, 100, 10, false, true),
                new Shape("activation probe", 1000, 100, 100, false, false));
    }

    public static List<Result> run(Settings settings) {
        return run(trainingShapes(), settings);
    }

    public static List<Result> run(List<Shape> shapes, Settings settings) {
        List<GemmKernel> kernels = new ArrayList<>(List.of(GemmKernels.plain()));
        GemmKernels.vector().ifPresent(kernels::add);
        List<Workload> work = shapes.stream().map(Workload::new).toList();
        long deadline = System.nanoTime() + settings.warmupMillis() * 1_000_000L;
        do {
            for (Workload w : work) {
                kernels.forEach(w::call);
            }
            kernels.forEach(kernel -> kernel.peakProbe(1000));
        } while (System.nanoTime() < deadline);

        GemmKernel vectorKernel = kernels.size() > 1 ? kernels.get(1) : null;
        long peakRounds = vectorKernel == null ? 0 : peakRounds(vectorKernel, settings);
        List<Result> results = new ArrayList<>();
        for (Workload w : work) {
            double[][] trials = new double[kernels.size()][settings.trials()];
            double[] peaks = new double[settings.trials()];
            long[] repetitions = new long[kernels.size()];
            for (int i = 0; i < kernels.size(); i++) {
                repetitions[i] = Math.max(1, Math.round(settings.trialMillis() * 1e6 / w.estimate(kernels.get(i))));
            }
            // Interleaved, so that a burst of load from other processes hits both kernels alike.
            for (int t = 0; t < settings.trials(); t++) {
                for (int i = 0; i < kernels.size(); i++) {
                    trials[i][t] = w.time(kernels.get(i), repetitions[i]);
                }
                peaks[t] = vectorKernel == null ? Double.NaN : peakTrial(vectorKernel, peakRounds);
            }
            double plain = median(trials[0]);
            double vector = kernels.size() > 1 ? median(trials[1]) : Double.NaN;
            double flops = w.shape.flops();
            results.add(new Result(w.shape, plain / 1e6, flops / plain, vector / 1e6, flops / vector, median(peaks)));
        }
        return results;
    }

    /** The machine, JDK and kernels the figures belong to. */
    public static String environment() {
        return "CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " logical cores\n"
                + "JDK: " + System.getProperty("java.vm.name") + " " + Runtime.version() + "\n"
                + "vector kernel: " + GemmKernels.vector().map(GemmKernel::name)
                        .orElse("unavailable (no --add-modules " + GemmKernels.VECTOR_MODULE + ")") + "\n"
                + "Gemm.multiply uses: " + GemmKernels.active().name();
    }

    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-17s %-20s %9s %8s %9s %8s %7s %6s%n",
                "product", "shape", "plain ms", "GFLOP/s", "vector ms", "GFLOP/s", "speedup", "% peak"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-17s %-20s %9.3f %8.2f %9.3f %8.2f %6.1fx %6.1f%n",
                    r.shape().role(), r.shape().product(), r.plainMillis(), r.plainGflops(),
                    r.vectorMillis(), r.vectorGflops(), r.speedup(), 100 * r.fractionOfPeak()));
        }
        return out.toString();
    }

    /**
     * The peak and the vector kernel's rate over all shapes weighted by their FLOPs (total FLOPs
     * over total time: what one pass over every shape once achieves).
     */
    public static String summary(List<Result> results) {
        double flops = results.stream().mapToDouble(r -> r.shape().flops()).sum();
        double millis = results.stream().mapToDouble(Result::vectorMillis).sum();
        double rate = flops / (millis * 1e6);
        double peak = median(results.stream().mapToDouble(Result::peakGflops).toArray());
        return String.format(Locale.ROOT, "peak (independent FMAs, one core): %.1f GFLOP/s; vector kernel over these"
                + " shapes, FLOP-weighted: %.1f GFLOP/s = %.1f %% of peak%n", peak, rate, 100 * rate / peak);
    }

    /** Optional arguments: warmupMillis trialMillis trials (defaults: {@link Settings#standard()}). */
    public static void main(String[] args) {
        Settings settings = args.length == 3
                ? new Settings(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]))
                : Settings.standard();
        System.out.println(environment());
        System.out.println("GFLOP per CPU second (one thread), median of " + settings.trials()
                + " trials after " + settings.warmupMillis() + " ms warm-up\n");
        List<Result> results = run(settings);
        System.out.print(table(results));
        System.out.print(summary(results));
    }

    /**
     * This thread's CPU time: on a machine shared with other processes the wall clock also counts
     * the time the scheduler gave them, the CPU clock only the time this kernel ran.
     */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Rounds of {@code kernel}'s peak probe (its widest independent FMAs, no memory traffic: the
     * most its instructions can do on this core) that last about one trial, after a warm-up.
     * 0 for a kernel without one. Its trials run between the kernel's, so that the fraction of
     * peak compares rates measured under the same load.
     */
    private static long peakRounds(GemmKernel kernel, Settings settings) {
        if (kernel.peakProbe(1) == 0) {
            return 0;
        }
        long deadline = System.nanoTime() + Math.max(500, settings.warmupMillis() / 5) * 1_000_000L;
        do {
            kernel.peakProbe(10_000);
        } while (System.nanoTime() < deadline);
        // Sized from a warm call: the warm-up's average would count the interpreted start.
        long probeRounds = 100_000;
        long start = cpuNanos();
        kernel.peakProbe(probeRounds);
        double nanosPerRound = Math.max(1, cpuNanos() - start) / (double) probeRounds;
        return Math.max(probeRounds, Math.round(settings.trialMillis() * 1e6 / nanosPerRound));
    }

    /** GFLOP per CPU second of one trial of the peak probe; NaN without one. */
    private static double peakTrial(GemmKernel kernel, long rounds) {
        if (rounds == 0) {
            return Double.NaN;
        }
        long start = cpuNanos();
        long flops = kernel.peakProbe(rounds);
        return flops / (double) (cpuNanos() - start);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | SecurityException e) {
            return System.getProperty("os.arch");
        }
    }

    /** Random inputs of one shape and an output the kernels overwrite. */
    private static final class Workload {
        private final Shape shape;
        private final float[] a;
        private final float[] b;
        private final float[] c;

        Workload(Shape shape) {
            this.shape = shape;
            Random random = new Random(42);
            a = new float[shape.m() * shape.k()];
            b = new float[shape.k() * shape.n()];
            c = new float[shape.m() * shape.n()];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) random.nextGaussian();
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = (float) random.nextGaussian();
            }
        }

        /** Nanoseconds per call, from calls totalling at least a millisecond. */
        double estimate(GemmKernel kernel) {
            long start = System.nanoTime();
            long calls = 0;
            do {
                call(kernel);
                calls++;
            } while (System.nanoTime() - start < 1_000_000L);
            return (System.nanoTime() - start) / (double) calls;
        }

        /** CPU nanoseconds of this thread per call over {@code repetitions} calls. */
        double time(GemmKernel kernel, long repetitions) {
            long start = cpuNanos();
            for (long r = 0; r < repetitions; r++) {
                call(kernel);
            }
            return (cpuNanos() - start) / (double) repetitions;
        }

        void call(GemmKernel kernel) {
            kernel.multiply(shape.m(), shape.n(), shape.k(), a, shape.transposeA(), b, shape.transposeB(), c, false);
        }
    }
}
