package org.gradientlab.ui.kit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class FrameChannelTest {
    private record Sample(int worker, int iteration) {}

    @Test
    void oneDrainHandsEverythingQueuedAsOneBatchInEachWorkersOrder() throws InterruptedException {
        List<List<Sample>> batches = new ArrayList<>();
        FrameChannel<Sample> drain = new FrameChannel<>(batches::add);
        int workers = 4;
        int perWorker = 1000;
        CountDownLatch done = new CountDownLatch(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread.ofPlatform().start(() -> {
                for (int i = 1; i <= perWorker; i++) {
                    drain.offer(new Sample(worker, i));
                }
                done.countDown();
            });
        }
        done.await();
        assertEquals(workers * perWorker, drain.drain());
        assertEquals(1, batches.size());
        int[] last = new int[workers];
        for (Sample s : batches.get(0)) {
            assertEquals(last[s.worker()] + 1, s.iteration(), "worker " + s.worker() + " in order");
            last[s.worker()] = s.iteration();
        }
        assertEquals(0, drain.drain());
        assertEquals(1, batches.size(), "an empty frame calls nobody");
        assertTrue(drain.isEmpty());
    }

    @Test
    void recordsArrivingBetweenFramesGoToTheNextBatch() {
        List<List<Sample>> batches = new ArrayList<>();
        FrameChannel<Sample> drain = new FrameChannel<>(batches::add);
        drain.offer(new Sample(0, 1));
        drain.offer(new Sample(0, 2));
        drain.drain();
        drain.offer(new Sample(0, 3));
        drain.drain();
        assertEquals(List.of(2, 1), batches.stream().map(List::size).toList());
    }
}
