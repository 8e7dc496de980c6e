package org.gradientlab.ui.kit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * The kit's guarantees with the worker and the FX hand-over driven by the test: each run ends in
 * exactly one report, in the worker's words, after its records; cancel, restart and forget.
 */
class LabJobTest {
    private final ManualExecutor worker = new ManualExecutor();
    private final ManualExecutor fx = new ManualExecutor();
    private final JobRunner runner = new JobRunner(worker, fx);
    private final LabJob<String> job = new LabJob<>("test-job", runner);
    private final Report report = new Report();

    /** Every report a run made, in order. */
    static final class Report implements LabJob.Ending<String> {
        final List<String> endings = new ArrayList<>();

        @Override
        public void done(String result) {
            endings.add("done " + result);
        }

        @Override
        public void cancelled() {
            endings.add("cancelled");
        }

        @Override
        public void failed(Throwable error) {
            endings.add("failed " + JobFailure.message(error));
        }
    }

    private void settle() {
        worker.runAll();
        fx.runAll();
    }

    @Test
    void aRunThatReturnsIsReportedDoneOnceOnTheFxSide() {
        job.start(run -> "result", report);
        assertTrue(job.isRunning());
        worker.runAll();
        assertEquals(List.of(), report.endings, "nothing is reported before the FX side runs");
        assertTrue(job.isRunning());
        fx.runAll();
        assertEquals(List.of("done result"), report.endings);
        assertFalse(job.isRunning());
    }

    @Test
    void anOutOfMemoryErrorIsReportedFailedWithItsOwnMessage() {
        job.start(run -> {
            throw new OutOfMemoryError("Java heap space");
        }, report);
        settle();
        assertEquals(List.of("failed Java heap space"), report.endings);
        assertFalse(job.isRunning(), "buttons bound to the job unlock");
    }

    @Test
    void aWrappedFailureIsReportedInTheWorkersWords() {
        job.start(run -> {
            throw new ExecutionException(new IOException("train-labels-idx1-ubyte: truncated"));
        }, report);
        settle();
        assertEquals(List.of("failed train-labels-idx1-ubyte: truncated"), report.endings);
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsType() {
        job.start(run -> {
            throw new NullPointerException();
        }, report);
        settle();
        assertEquals(List.of("failed NullPointerException"), report.endings);
    }

    @Test
    void aCancelBeforeTheWorkStartsIsReportedCancelledAndTheWorkSeesIt() {
        AtomicInteger iterations = new AtomicInteger();
        job.start(run -> {
            while (!run.isCancelled()) {
                iterations.incrementAndGet();
            }
            return "stopped";
        }, report);
        job.cancel();
        settle();
        assertEquals(0, iterations.get());
        assertEquals(List.of("cancelled"), report.endings);
    }

    @Test
    void cancelTakesEffectWithinOneIterationOfARealWorker() throws Exception {
        LabJob<String> threaded = new LabJob<>("loop", new JobRunner(task -> Thread.ofPlatform().start(task), fx));
        AtomicInteger iterations = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(5);
        threaded.start(run -> {
            // What the core's loops do: check the control before each iteration.
            while (!run.control().isCancelled()) {
                iterations.incrementAndGet();
                running.countDown();
                LockSupport.parkNanos(200_000);
            }
            return "stopped";
        }, report);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        threaded.cancel();
        int atCancel = iterations.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (fx.pending() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        fx.runAll();
        assertTrue(iterations.get() <= atCancel + 1, iterations.get() + " iterations after " + atCancel);
        assertEquals(List.of("cancelled"), report.endings);
    }

    @Test
    void aCancelAfterTheLastCheckStillEndsTheRunOnceAsCancelled() {
        // The work returned; its end waits for the FX side when the cancel comes.
        job.start(run -> "result", report);
        worker.runAll();
        job.cancel();
        fx.runAll();
        assertEquals(List.of("cancelled"), report.endings);
        assertFalse(job.isRunning());
    }

    @Test
    void aCancelAfterTheLastCheckOfAFailingWorkIsReportedCancelledOnce() {
        job.start(run -> {
            throw new IllegalStateException("boom");
        }, report);
        worker.runAll();
        job.cancel();
        fx.runAll();
        assertEquals(List.of("cancelled"), report.endings);
    }

    @Test
    void theWorkCanStopByThrowingCancellation() {
        job.start(run -> {
            throw new java.util.concurrent.CancellationException();
        }, report);
        settle();
        assertEquals(List.of("cancelled"), report.endings);
    }

    @Test
    void anEndedJobStartsAgain() {
        job.start(run -> "first", report);
        settle();
        job.start(run -> "second", report);
        assertTrue(job.isRunning());
        settle();
        assertEquals(List.of("done first", "done second"), report.endings);
    }

    @Test
    void startingWhileRunningReplacesTheRunAndDropsEverythingOfTheOld() {
        List<String> applied = new ArrayList<>();
        AtomicInteger firstChecks = new AtomicInteger();
        Report first = new Report();
        JobContext old = job.start(run -> {
            run.post(() -> applied.add("old record"));
            firstChecks.set(run.isCancelled() ? 1 : 0);
            return "old";
        }, first);
        job.start(run -> {
            run.post(() -> applied.add("new record"));
            return "new";
        }, report);
        assertTrue(old.isCancelled(), "the replaced run is told to stop");
        settle();
        assertEquals(1, firstChecks.get());
        assertEquals(List.of(), first.endings, "a replaced run reports nothing");
        assertEquals(List.of("new record"), applied);
        assertEquals(List.of("done new"), report.endings);
    }

    @Test
    void forgetDropsTheRecordsAndTheEndOfTheRun() {
        List<String> applied = new ArrayList<>();
        job.start(run -> {
            run.post(() -> applied.add("late"));
            return "result";
        }, report);
        worker.runAll();
        job.forget();
        assertFalse(job.isRunning());
        fx.runAll();
        assertEquals(List.of(), applied);
        assertEquals(List.of(), report.endings);
    }

    @Test
    void manyRecordsReachTheFxSideAsOneBatchBeforeTheEnd() {
        List<Integer> batchSizes = new ArrayList<>();
        List<String> order = new ArrayList<>();
        job.start(run -> {
            Consumer<Integer> records = run.channel(batch -> {
                batchSizes.add(batch.size());
                order.add("batch");
            });
            for (int i = 0; i < 1000; i++) {
                records.accept(i);
            }
            return "result";
        }, LabJob.Ending.of(r -> order.add("done"), () -> order.add("cancelled"), e -> order.add("failed")));
        worker.runAll();
        assertEquals(2, fx.pending(), "one frame for a thousand records, then the end");
        fx.runAll();
        assertEquals(List.of(1000), batchSizes);
        assertEquals(List.of("batch", "done"), order);
    }

    @Test
    void recordsOfACancelledRunUpToItsLastIterationAreStillApplied() {
        List<Integer> seen = new ArrayList<>();
        job.start(run -> {
            Consumer<Integer> records = run.channel(seen::addAll);
            records.accept(1);
            records.accept(2);
            return "result";
        }, report);
        worker.runAll();
        job.cancel();
        fx.runAll();
        assertEquals(List.of(1, 2), seen);
        assertEquals(List.of("cancelled"), report.endings);
    }
}
