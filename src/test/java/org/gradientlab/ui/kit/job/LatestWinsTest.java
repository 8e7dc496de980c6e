package org.gradientlab.ui.kit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class LatestWinsTest {
    private final ManualExecutor worker = new ManualExecutor();
    private final ManualExecutor fx = new ManualExecutor();
    private final List<Integer> computed = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();
    private final LatestWins<Integer, String> runner = new LatestWins<>(worker, fx, q -> {
        computed.add(q);
        return "r" + q;
    }, applied::add);

    @Test
    void requestsWaitingForTheWorkerCollapseIntoTheLatest() {
        runner.submit(1);
        runner.submit(2);
        runner.submit(3);
        assertEquals(1, worker.pending(), "one run scheduled for three requests");
        worker.runAll();
        fx.runAll();
        assertEquals(List.of(3), computed);
        assertEquals(List.of("r3"), applied);
    }

    @Test
    void aRequestDuringARunIsComputedAfterIt() {
        List<Integer> order = new ArrayList<>();
        AtomicReference<LatestWins<Integer, Integer>> self = new AtomicReference<>();
        self.set(new LatestWins<>(worker, fx, q -> {
            order.add(q);
            if (q == 1) {
                self.get().submit(2);  // arrives while 1 is being computed
            }
            return q;
        }, r -> { }));
        self.get().submit(1);
        worker.runAll();
        assertEquals(List.of(1, 2), order);
    }

    @Test
    void theFxSideAppliesOnlyTheNewestOfResultsThatPiledUp() {
        runner.submit(1);
        worker.runAll();
        runner.submit(2);
        worker.runAll();
        assertEquals(List.of(1, 2), computed);
        assertEquals(1, fx.pending(), "the second result joined the first hand-over");
        fx.runAll();
        assertEquals(List.of("r2"), applied);
    }

    @Test
    void eachSettledRequestIsApplied() {
        runner.submit(1);
        worker.runAll();
        fx.runAll();
        runner.submit(2);
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("r1", "r2"), applied);
    }

    @Test
    void aComputationThatThrowsIsRethrownOnTheFxSideAndTheNextRequestStillRuns() {
        List<String> shown = new ArrayList<>();
        LatestWins<Integer, String> failing = new LatestWins<>(worker, fx, q -> {
            if (q == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return "r" + q;
        }, shown::add);
        failing.submit(1);
        worker.runAll();
        Error thrown = org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class, fx::runAll);
        assertEquals("Java heap space", thrown.getMessage());
        failing.submit(2);
        assertEquals(1, worker.pending(), "the lane is free again");
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("r2"), shown);
    }
}
