package org.gradientlab.ui.training;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.Labs;

/**
 * Not a test: the soak run of issue 13.5. For {@code MINUTES} minutes, in one shown window, runs
 * every training-lab preset to its end with its book settings (the curves' tab and the inside
 * tab shown in turn) and then every concepts page (shown, started with Space, left
 * {@code PAGE_SECONDS} seconds, reset with R), over and over. After the first cycle (warm-up)
 * and at the end it collects the garbage, waits for the kit's idle worker threads to retire,
 * and reads the heap used and the live threads; it prints both after every cycle too, and exits
 * with status 1 and says so loudly when the heap grew by more than the allowance or a thread
 * group grew. Each finished run is removed from the run history as it ends: the history keeps
 * every run by design (the soak reports what one run holds instead).
 * <p>
 * A main and not a CI test: it takes tens of minutes and measures the whole app on a real
 * toolkit. Run from the test classes, Monocle headless or on a display:
 * <pre>
 * mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java --add-modules jdk.incubator.vector -Xmx2g -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -Dprism.order=sw -Dprism.text=t2k -cp target/classes:target/test-classes:$(cat cp.txt) \
 *      org.gradientlab.ui.training.AppSoak 30 8
 * </pre>
 */
public final class AppSoak {
    /** Heap growth from warm-up to the end that counts as a leak: the larger of these. */
    private static final long ALLOWED_BYTES = 32L << 20;
    private static final double ALLOWED_SHARE = 0.10;
    /** The kit's cached pool retires a worker idle for 60 s. */
    private static final Duration IDLE_RETIRE = Duration.ofSeconds(62);

    private AppSoak() {}

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int pageSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long deadline = System.nanoTime() + (long) (minutes * 60e9);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        StackPane root = new StackPane();
        Setup setup = TrainingLabBench.onFx(() -> {
            List<Lab> labs = Labs.standard(new I18n(Language.ENGLISH));
            UiTestKit.show(new Stage(), root, 1240, 780);
            return new Setup((TrainingLab) labs.stream().filter(l -> l.id().equals("training")).findFirst()
                    .orElseThrow(), (ConceptsLab) labs.stream().filter(l -> l.id().equals(ConceptsLab.ID))
                    .findFirst().orElseThrow());
        });
        long begin = System.nanoTime();
        Sample warm = null;
        int cycle = 0;
        while (warm == null || System.nanoTime() < deadline) {
            cycle(setup, root, cycle, pageSeconds);
            Sample now = warm == null ? settled() : Sample.now();
            System.out.printf(Locale.ROOT, "cycle %d done at %.1f min: heap after GC %.1f MB, %d threads %s%n",
                    cycle, (System.nanoTime() - begin) / 60e9, now.heap / 1e6, now.threads(), now.groups);
            if (warm == null) {
                warm = now;
                System.out.println("warm-up figures taken; soaking until the deadline");
            }
            cycle++;
        }
        Sample end = settled();
        long growth = end.heap - warm.heap;
        long allowed = Math.max(ALLOWED_BYTES, (long) (warm.heap * ALLOWED_SHARE));
        System.out.printf(Locale.ROOT, "%n%d cycles in %.1f min%nheap after GC: warm-up %.1f MB, end %.1f MB,"
                + " growth %+.1f MB (allowed %.1f MB)%nthreads: warm-up %d %s%n         end     %d %s%n", cycle,
                (System.nanoTime() - begin) / 60e9, warm.heap / 1e6, end.heap / 1e6, growth / 1e6, allowed / 1e6,
                warm.threads(), warm.groups, end.threads(), end.groups);
        Map<String, Integer> before = warm.groups;
        boolean threadsGrew = end.groups.entrySet().stream()
                .anyMatch(e -> e.getValue() > before.getOrDefault(e.getKey(), 0));
        boolean failed = growth > allowed || threadsGrew;
        System.out.println(failed ? "SOAK FAILED: " + (growth > allowed ? "the heap grew; " : "")
                + (threadsGrew ? "a thread group grew" : "") : "soak passed: flat heap, no new threads");
        Platform.exit();
        System.exit(failed ? 1 : 0);
    }

    private record Setup(TrainingLab training, ConceptsLab concepts) {}

    /** Every preset to its end, then every concepts page started and reset. */
    private static void cycle(Setup setup, StackPane root, int cycle, int pageSeconds) throws Exception {
        TrainingLabBench.onFx(() -> {
            root.getChildren().setAll((Parent) setup.training().view());
            // The curves in even cycles, inside the net in odd ones: both tabs' figures draw.
            ((TabPane) setup.training().view().lookup("#training-views")).getSelectionModel().select(cycle % 2);
            return null;
        });
        for (Preset preset : Preset.values()) {
            long start = System.nanoTime();
            runToEnd(setup.training().model(), preset);
            System.out.printf(Locale.ROOT, "  %-16s %6.1f s%n", preset.id(), (System.nanoTime() - start) / 1e9);
        }
        TrainingLabBench.onFx(() -> {
            root.getChildren().setAll((Parent) setup.concepts().view());
            return null;
        });
        for (String page : setup.concepts().pageIds()) {
            TrainingLabBench.onFx(() -> {
                setup.concepts().showPage(page);
                setup.concepts().playPause();
                return null;
            });
            TimeUnit.SECONDS.sleep(pageSeconds);
            TrainingLabBench.onFx(() -> {
                setup.concepts().reset();
                return null;
            });
        }
    }

    /** Starts {@code preset}, waits for its end and takes the run out of the history again. */
    private static void runToEnd(TrainingLabModel model, Preset preset) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        TrainingLabBench.onFx(() -> {
            model.stateProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends RunState> o, RunState was,
                                    RunState is) {
                    if (is == RunState.FINISHED) {
                        model.stateProperty().removeListener(this);
                        finished.countDown();
                    }
                }
            });
            model.choosePreset(preset);
            model.start(false);
            return null;
        });
        finished.await();
        TrainingLabBench.onFx(() -> {
            if (model.statusIsErrorProperty().get()) {
                throw new IllegalStateException(preset.id() + " failed: " + model.statusProperty().get());
            }
            model.remove(model.runs().get(0));
            return null;
        });
    }

    /** Heap after a collection and the live threads, after the kit's idle workers retired. */
    private static Sample settled() throws InterruptedException {
        Thread.sleep(IDLE_RETIRE.toMillis());
        return Sample.now();
    }

    /** Heap used after collecting, and live threads by name with their numbers taken out. */
    private record Sample(long heap, Map<String, Integer> groups) {
        static Sample now() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            Map<String, Integer> groups = new TreeMap<>();
            Thread.getAllStackTraces().keySet().forEach(t -> groups.merge(t.getName().replaceAll("\\d+", "#"), 1,
                    Integer::sum));
            return new Sample(heap, groups);
        }

        int threads() {
            return groups.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
