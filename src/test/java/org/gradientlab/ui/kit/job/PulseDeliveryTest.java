package org.gradientlab.ui.kit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;

/** The shared runner on the real FX thread: records coalesce per pulse, every run ends exactly once. */
@ExtendWith(ApplicationExtension.class)
class PulseDeliveryTest {

    @Start
    void start(Stage stage) {
        // The toolkit runs; the jobs need no window.
    }

    @Test
    void aWorkerFasterThanTheScreenReachesItAtMostOncePerPulseAndLosesNothing() throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        List<Integer> batches = new ArrayList<>();
        AtomicInteger ended = new AtomicInteger();
        LabJob<Integer> job = new LabJob<>("fast-worker");
        OnFx.call(() -> {
            counter.start();
            job.start(run -> {
                Consumer<Integer> records = run.channel(batch -> batches.add(batch.size()));
                for (int i = 0; i < 20_000; i++) {
                    records.accept(i);
                    if (i % 100 == 0) {
                        LockSupport.parkNanos(1_000_000);
                    }
                }
                return 20_000;
            }, LabJob.Ending.of(n -> ended.incrementAndGet(), () -> { }, e -> { }));
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OnFx.call(() -> ended.get() == 1));
        int applies = OnFx.call(() -> {
            counter.stop();
            return batches.size();
        });
        assertEquals(20_000, OnFx.call(() -> batches.stream().mapToInt(Integer::intValue).sum()), "every record arrives");
        // Both timers tick in the same pulses; the counter started first, so one pulse of slack.
        assertTrue(applies <= pulses.get() + 1, applies + " applies in " + pulses.get() + " pulses");
        assertTrue(applies < 2_000, "coalesced, not one apply per record: " + applies);
    }

    @Test
    void runsCancelledAtRandomMomentsEachEndExactlyOnce() throws Exception {
        int runs = 200;
        Map<Integer, List<String>> endings = new ConcurrentHashMap<>();
        List<LabJob<Integer>> jobs = new ArrayList<>();
        OnFx.call(() -> {
            for (int i = 0; i < runs; i++) {
                int id = i;
                LabJob<Integer> job = new LabJob<>("run-" + i);
                jobs.add(job);
                endings.put(id, new ArrayList<>());
                job.start(run -> {
                    // Every fourth run (all cancelled below) lasts up to 5 s unless cancelled, so some
                    // cancels surely meet a running job even when the FX thread is slow under load.
                    int steps = id % 4 == 0 ? 5000 : id % 7;
                    for (int k = 0; k < steps; k++) {
                        if (run.isCancelled()) {
                            return -1;
                        }
                        // Long enough that a quiet, fast machine still has runs going when the cancels come.
                        LockSupport.parkNanos(1_000_000);
                    }
                    if (id % 5 == 0) {
                        throw new OutOfMemoryError("run " + id);
                    }
                    return id;
                }, LabJob.Ending.of(r -> endings.get(id).add("done"), () -> endings.get(id).add("cancelled"),
                        e -> endings.get(id).add("failed " + e.getMessage())));
            }
            return null;
        });
        // Cancelled while still running (on the FX thread, where the end is reported): must end cancelled.
        boolean[] cancelledWhileRunning = new boolean[runs];
        for (int i = 0; i < runs; i += 2) {
            int id = i;
            LockSupport.parkNanos(50_000);
            OnFx.call(() -> {
                cancelledWhileRunning[id] = jobs.get(id).isRunning();
                jobs.get(id).cancel();
                return null;
            });
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> OnFx.call(() -> jobs.stream().noneMatch(LabJob::isRunning)));
        WaitForAsyncUtils.waitForFxEvents();
        int cancelled = 0;
        for (int i = 0; i < runs; i++) {
            int id = i;
            List<String> got = OnFx.call(() -> List.copyOf(endings.get(id)));
            assertEquals(1, got.size(), "run " + i + ": " + got);
            if (cancelledWhileRunning[i]) {
                cancelled++;
                assertEquals("cancelled", got.get(0), "run " + i + " was cancelled before its end was reported");
            } else if (i % 5 == 0) {
                assertEquals("failed run " + i, got.get(0));
            } else {
                assertEquals("done", got.get(0));
            }
        }
        assertTrue(cancelled > 0, "some cancels came while their run was going");
    }
}
