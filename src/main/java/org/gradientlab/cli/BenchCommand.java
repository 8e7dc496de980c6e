package org.gradientlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.bench.ActivationProbeBenchmark;
import org.gradientlab.core.experiment.probe.ActivationProbeConfig;
import org.gradientlab.core.bench.TrainingBenchmark;
import org.gradientlab.core.bench.GemmBenchmark;
import org.gradientlab.core.linalg.GemmKernels;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the benchmark figures of docs/BENCHMARKS.md, every ratio from the same run:
 * GEMM GFLOP/s per thread (plain and vector kernel), the activation-probe time, and the
 * four-optimizer workload with the vector kernel (this JVM), with the plain kernel (a second
 * JVM without the Vector API) and in numpy (bench/numpy_optimizer_compare.py).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints the benchmark figures: GEMM, activation probe, four-optimizer workload vs plain Java and numpy.")
public final class BenchCommand implements Callable<Integer> {
    private static final Pattern SECONDS = Pattern.compile("(?<!_)seconds=([0-9.]+)");
    private static final Pattern CPU_SECONDS = Pattern.compile("cpu_seconds=([0-9.]+)");
    private static final Pattern ITERATIONS = Pattern.compile("iterations=([0-9]+)");

    @Spec
    private CommandSpec spec;

    @Option(names = "--iterations", defaultValue = "2000", paramLabel = "N",
            description = "iterations of the four-optimizer workload (default ${DEFAULT-VALUE})")
    private int iterations;

    @Option(names = "--warmup", defaultValue = "100", paramLabel = "N",
            description = "untimed iterations first, in each JVM (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--plain-iterations", paramLabel = "N",
            description = "timed iterations with the plain kernel, scaled to --iterations (default: a tenth)")
    private Integer plainIterations;

    @Option(names = "--numpy-iterations", paramLabel = "N",
            description = "numpy iterations, scaled to --iterations (default: --iterations)")
    private Integer numpyIterations;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--gemm-warmup-ms", defaultValue = "3000", paramLabel = "MS",
            description = "GEMM warm-up over all shapes before timing (default ${DEFAULT-VALUE})")
    private int gemmWarmupMillis;

    @Option(names = "--gemm-trial-ms", defaultValue = "100", paramLabel = "MS",
            description = "length of one timed GEMM trial (default ${DEFAULT-VALUE})")
    private int gemmTrialMillis;

    @Option(names = "--gemm-trials", defaultValue = "5", paramLabel = "N",
            description = "GEMM trials per shape and kernel, the median is shown (default ${DEFAULT-VALUE})")
    private int gemmTrials;

    @Option(names = "--probe-runs", defaultValue = "200", paramLabel = "N",
            description = "timed activation-probe runs, after as many untimed (default ${DEFAULT-VALUE})")
    private int probeRuns;

    @Option(names = "--python", defaultValue = "python3", paramLabel = "EXE",
            description = "the Python that runs the numpy baseline (default ${DEFAULT-VALUE})")
    private String python;

    @Option(names = "--numpy-script", defaultValue = "bench/numpy_optimizer_compare.py", paramLabel = "FILE",
            description = "the numpy baseline (default ${DEFAULT-VALUE}, from the repository root)")
    private Path numpyScript;

    @Option(names = "--numpy-threads", defaultValue = "1", paramLabel = "N",
            description = "BLAS threads for numpy, 0 = the library's default (default ${DEFAULT-VALUE}: "
                    + "spinning BLAS threads slow numpy down on a shared 2-core machine)")
    private int numpyThreads;

    @Option(names = "--no-numpy", description = "skip the numpy baseline")
    private boolean noNumpy;

    @Mixin
    private MnistOption mnist;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int workers = threads.count();
        int plain = plainIterations == null ? Math.max(1, iterations / 10) : plainIterations;
        int numpy = numpyIterations == null ? iterations : numpyIterations;
        if (iterations < 1 || plain < 1 || numpy < 1 || warmup < 0 || workers < 1 || probeRuns < 1 || numpyThreads < 0) {
            throw new ParameterException(spec.commandLine(), "iterations, runs and threads must be >= 1, --warmup and"
                    + " --numpy-threads >= 0");
        }
        GemmBenchmark.Settings gemm = new GemmBenchmark.Settings(gemmWarmupMillis, gemmTrialMillis, gemmTrials);
        Mnist data = mnist.load();
        PrintWriter out = spec.commandLine().getOut();

        out.println("Gradient Lab bench, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.println(GemmBenchmark.environment());
        out.println();
        out.printf(Locale.ROOT, "GEMM, GFLOP per CPU second (one thread), median of %d trials after %d ms warm-up%n",
                gemm.trials(), gemm.warmupMillis());
        List<GemmBenchmark.Result> products = GemmBenchmark.run(gemm);
        out.print(GemmBenchmark.table(products));
        out.print(GemmBenchmark.summary(products));
        out.flush();

        ActivationProbeConfig probe = ActivationProbeConfig.book(WeightInit.ofStd(1), Activation.SIGMOID);
        out.printf(Locale.ROOT, "%nactivation probe (1000x100 input, 5 layers of 100, sigmoid, std 1): %.2f ms"
                + " (median of %d runs)%n", ActivationProbeBenchmark.medianMillis(probe, probeRuns, probeRuns), probeRuns);

        out.printf(Locale.ROOT, "%nfour-optimizer workload: 4 nets 784-100-100-100-100-10, batch 128, same batches,"
                + " %d iterations, %d threads, after %d warm-up iterations%n", iterations, workers, warmup);
        out.flush();
        // Java is timed before and after the other two, which take a minute, so load from other
        // processes in that minute weighs on both sides of the ratios alike.
        out.printf(Locale.ROOT, "  %-7s %8s %13s %8s%n", "", "wall s", "ms/iteration", "CPU s");
        TrainingBenchmark.Result before = TrainingBenchmark.run(data, iterations, warmup, workers);
        printJava(out, before);
        Optional<Timing> plainTiming = plainKernel(plain, workers, out);
        Optional<Timing> numpyTiming = noNumpy ? Optional.empty() : numpy(numpy, out);
        TrainingBenchmark.Result after = TrainingBenchmark.run(data, iterations, warmup, workers);
        printJava(out, after);
        Timing java = new Timing((before.seconds() + after.seconds()) / 2, (before.cpuSeconds() + after.cpuSeconds()) / 2);
        out.println();
        out.printf(Locale.ROOT, "java, mean of both runs: %.2f s wall, %.2f s CPU%n", java.seconds(), java.cpuSeconds());
        plainTiming.ifPresent(t -> out.printf(Locale.ROOT, "plain kernel / java: %.1fx wall, %.1fx CPU%n",
                t.seconds() / java.seconds(), t.cpuSeconds() / java.cpuSeconds()));
        numpyTiming.ifPresent(t -> out.printf(Locale.ROOT, "numpy / java: %.1fx wall, %.1fx CPU%n",
                t.seconds() / java.seconds(), t.cpuSeconds() / java.cpuSeconds()));
        out.flush();
        return 0;
    }

    /** Wall and CPU seconds of the workload, scaled to {@link #iterations}. */
    private record Timing(double seconds, double cpuSeconds) {}

    private static void printJava(PrintWriter out, TrainingBenchmark.Result result) {
        print(out, "java", new Timing(result.seconds(), result.cpuSeconds()), result.iterations(), result.kernel());
    }

    private static void print(PrintWriter out, String name, Timing timing, int iterations, String note) {
        out.printf(Locale.ROOT, "  %-7s %8.2f %13.2f %8.2f  (%s)%n", name, timing.seconds(),
                1000 * timing.seconds() / iterations, timing.cpuSeconds(), note);
        out.flush();
    }

    /** seconds= and cpu_seconds= of a line, scaled by {@code scale}. */
    private static Optional<Timing> timing(String output, double scale) {
        Matcher seconds = SECONDS.matcher(output);
        Matcher cpu = CPU_SECONDS.matcher(output);
        if (!seconds.find() || !cpu.find()) {
            return Optional.empty();
        }
        return Optional.of(new Timing(Double.parseDouble(seconds.group(1)) * scale,
                Double.parseDouble(cpu.group(1)) * scale));
    }

    /** The workload in a second JVM without the Vector API, scaled to {@link #iterations}. */
    private Optional<Timing> plainKernel(int timed, int workers, PrintWriter out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-D" + GemmKernels.PROPERTY + "=plain", "-cp",
                System.getProperty("java.class.path"), TrainingBenchmark.class.getName(), Integer.toString(timed),
                Integer.toString(Math.min(warmup, timed)), Integer.toString(workers)));
        if (mnist.folder() != null) {
            command.add(mnist.folder().toString());
        }
        Run run = run(command, Map.of());
        Optional<Timing> timing = run.exitCode == 0 ? timing(run.output, (double) iterations / timed) : Optional.empty();
        if (timing.isEmpty()) {
            out.println("  plain   skipped: the second JVM failed (" + run.summary() + ")");
            return timing;
        }
        print(out, "plain", timing.get(), iterations,
                "plain kernel, no Vector API, second JVM; " + timed + " iterations timed, scaled");
        return timing;
    }

    /** bench/numpy_optimizer_compare.py with the same workload, scaled to {@link #iterations}. */
    private Optional<Timing> numpy(int timed, PrintWriter out) throws IOException, InterruptedException {
        if (!Files.isRegularFile(numpyScript)) {
            out.println("  numpy   skipped: no script at " + numpyScript.toAbsolutePath()
                    + " (run bench from the repository root or pass --numpy-script)");
            return Optional.empty();
        }
        Run check = run(List.of(python, "-c", "import numpy"), Map.of());
        if (check.exitCode != 0) {
            out.println("  numpy   skipped: " + python + " with numpy is not available (" + check.summary() + ")");
            return Optional.empty();
        }
        Path folder = mnist.folder();
        Path extracted = null;
        if (folder == null) {
            extracted = folder = extractTrainingFiles();
        }
        try {
            String count = numpyThreads == 0 ? null : Integer.toString(numpyThreads);
            Map<String, String> env = new HashMap<>();
            for (String variable : List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")) {
                env.put(variable, count);
            }
            Run run = run(List.of(python, numpyScript.toString(), folder.toString(), Integer.toString(timed)), env);
            Matcher done = ITERATIONS.matcher(run.output);
            Optional<Timing> timing = run.exitCode == 0 && done.find()
                    ? timing(run.output, (double) iterations / Integer.parseInt(done.group(1))) : Optional.empty();
            if (timing.isEmpty()) {
                out.println("  numpy   skipped: the script failed (" + run.summary() + ")");
                return timing;
            }
            print(out, "numpy", timing.get(), iterations, "float64, BLAS threads "
                    + (numpyThreads == 0 ? "default" : count) + "; " + timed + " iterations timed"
                    + (timed == iterations ? "" : ", scaled"));
            return timing;
        } finally {
            if (extracted != null) {
                deleteFolder(extracted);
            }
        }
    }

    private static Path extractTrainingFiles() throws IOException {
        Path folder = Files.createTempDirectory("gradient-lab-mnist");
        for (String name : List.of(Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS)) {
            try (InputStream in = Mnist.class.getResourceAsStream("/mnist/" + name + ".gz")) {
                if (in == null) {
                    throw new IOException("mnist/" + name + ".gz missing from the classpath");
                }
                Files.copy(in, folder.resolve(name + ".gz"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private record Run(int exitCode, String output) {
        String summary() {
            String last = output.strip().lines().reduce((first, second) -> second).orElse("");
            return "exit " + exitCode + (last.isEmpty() ? "" : ": " + last);
        }
    }

    /** Runs a command to its end, stdout and stderr together; {@code env} values of null are removed. */
    private static Run run(List<String> command, Map<String, String> env) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The JVM option variables would add their options (e.g. the Vector API) to the child.
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            builder.environment().remove(variable);
        }
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            return new Run(-1, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
