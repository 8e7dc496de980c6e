package org.gradientlab.ui.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Theme;

/**
 * Not a test: the training lab's presets run in the app (the real lab, its charts, digits and
 * progress, in a shown window) alternated with the same work headless in the same JVM (the
 * core's runner on the same config, the same listener with its consumers doing nothing), so
 * that the ratio app / headless holds however loaded the machine is. For each run: wall time
 * from Start to the end; CPU seconds of the process, of the FX thread and of the render thread;
 * the frame period (pulse to pulse, seen by an AnimationTimer) p50 / p95 / p99 / max while
 * training. Run from the test classes with Monocle headless (or a DISPLAY), e.g.
 * <pre>
 * mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java --add-modules jdk.incubator.vector -Xmx4g -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -Dprism.order=sw -Dprism.text=t2k -cp target/classes:target/test-classes:$(cat cp.txt) \
 *      org.gradientlab.ui.training.TrainingLabBench optimizers 3
 * </pre>
 * Arguments: preset ids (comma-separated, or {@code all}), rounds (each round runs app and
 * headless once per preset, the order swapped every round).
 */
public final class TrainingLabBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TrainingLabBench() {}

    public static void main(String[] args) throws Exception {
        List<Preset> presets = presets(args.length > 0 ? args[0] : "optimizers");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long loadStart = System.nanoTime();
        Mnist.bundled();
        System.out.printf(Locale.ROOT, "MNIST decoded in %.1f s; %d cores; load average %.1f%n",
                (System.nanoTime() - loadStart) / 1e9, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        TrainingLab lab = onFx(() -> LabWindow.open(Language.ENGLISH, new CoreBackend(), Theme.LIGHT).lab);
        System.out.println("preset        round  where     wall s  process CPU s  FX CPU s  render CPU s"
                + "  frames p50 / p95 / p99 / max ms");
        for (int round = 0; round < rounds; round++) {
            for (Preset preset : presets) {
                if (round % 2 == 0) {
                    print(preset, round, "app", app(lab, preset));
                    print(preset, round, "headless", headless(preset));
                } else {
                    print(preset, round, "headless", headless(preset));
                    print(preset, round, "app", app(lab, preset));
                }
            }
        }
        Platform.exit();
        System.exit(0);
    }

    /** One run's figures; {@code threads}: CPU seconds of the busiest threads, by name with numbers taken out. */
    record Figures(double wall, double processCpu, double fxCpu, double renderCpu, long[] frames,
                   java.util.Map<String, Double> threads) {}

    /** Runs {@code preset} with its book settings in the lab and waits for its end. */
    static Figures app(TrainingLab lab, Preset preset) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        LabWindow.FramePeriods timer = new LabWindow.FramePeriods();
        Cpu cpu = new Cpu();
        long start = System.nanoTime();
        onFx(() -> {
            TrainingLabModel model = lab.model();
            model.stateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends RunState> o, RunState was,
                                    RunState is) {
                    if (is == RunState.FINISHED) {
                        model.stateProperty().removeListener(this);
                        timer.stop();
                        finished.countDown();
                    }
                }
            });
            model.choosePreset(preset);
            timer.start();
            model.start(false);
            return null;
        });
        finished.await();
        double wall = (System.nanoTime() - start) / 1e9;
        long[] frames = onFx(timer::nanos);
        return cpu.figures(wall, frames);
    }

    /** The same work as the lab's run of {@code preset}: its config and listener, nothing drawn. */
    static Figures headless(Preset preset) throws Exception {
        TrainingParameters p = CoreBackend.preset(preset);
        long total = CoreBackend.config(p).seriesNames().size() * TrainingLabModel.iterations(p);
        int series = Math.max(1, CoreBackend.config(p).seriesNames().size());
        Consumer<Object> none = x -> { };
        ProgressListener listener = ProgressListener.of(none::accept, none::accept, none::accept,
                LayerStatsRecord.liveEvery(total / series));
        Cpu cpu = new Cpu();
        long start = System.nanoTime();
        try (ExperimentRunner runner = new ExperimentRunner()) {
            runner.run(CoreBackend.config(p), Mnist.bundled(), new RunControl(), listener);
        }
        return cpu.figures((System.nanoTime() - start) / 1e9, new long[0]);
    }

    /** CPU time of the process and of the FX and render threads since construction. */
    static final class Cpu {
        private final long process = processCpu();
        private final long fx = threadCpu("JavaFX Application Thread");
        private final long render = threadCpu("QuantumRenderer-0");
        private final java.util.Map<Long, Long> each = everyThread();

        Figures figures(double wall, long[] frames) {
            java.util.Map<String, Double> byName = new java.util.TreeMap<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                long cpu = THREADS.getThreadCpuTime(t.threadId()) - each.getOrDefault(t.threadId(), 0L);
                byName.merge(t.getName().replaceAll("\\d+", "#"), cpu / 1e9, Double::sum);
            }
            double processSeconds = (processCpu() - process) / 1e9;
            byName.put("(not Java threads: GC, JIT)", processSeconds
                    - byName.values().stream().mapToDouble(Double::doubleValue).sum());
            byName.values().removeIf(seconds -> seconds < 0.05);
            return new Figures(wall, processSeconds, (threadCpu("JavaFX Application Thread") - fx) / 1e9,
                    (threadCpu("QuantumRenderer-0") - render) / 1e9, frames, byName);
        }

        private static java.util.Map<Long, Long> everyThread() {
            java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
            Thread.getAllStackTraces().keySet().forEach(t -> cpu.put(t.threadId(), THREADS.getThreadCpuTime(t.threadId())));
            return cpu;
        }
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long threadCpu(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return THREADS.getThreadCpuTime(t.threadId());
            }
        }
        return 0;
    }

    private static void print(Preset preset, int round, String where, Figures f) {
        System.out.printf(Locale.ROOT, "%-13s %5d  %-8s %7.2f %14.2f %9.2f %13.2f  %s  (load %.1f)%n", preset.id(),
                round, where, f.wall(), f.processCpu(), f.fxCpu(), f.renderCpu(), LabWindow.FramePeriods.summary(f.frames()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        StringBuilder threads = new StringBuilder("      threads' CPU s:");
        f.threads().forEach((name, seconds) -> threads.append(String.format(Locale.ROOT, " %s %.2f;", name, seconds)));
        System.out.println(threads);
    }

    static List<Preset> presets(String ids) {
        if (ids.equals("all")) {
            return Arrays.stream(Preset.values()).filter(p -> p != Preset.CUSTOM).toList();
        }
        return Arrays.stream(ids.split(",")).map(id -> Arrays.stream(Preset.values())
                .filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preset " + id))).toList();
    }

    /** Runs {@code task} on the FX thread and waits for its value. */
    static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
