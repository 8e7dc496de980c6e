package org.gradientlab.ui.concepts.ensembles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;

/** A job cancelled after its work already passed its last cancellation check still ends. */
@ExtendWith(ApplicationExtension.class)
class BackgroundJobTest {

    @Start
    void start(Stage stage) {
        // The FX toolkit runs; the job needs no window.
    }

    /** Records the one report of a job's end. */
    private static final class Report implements BackgroundJob.Ending<String> {
        final CompletableFuture<String> ending = new CompletableFuture<>();

        @Override
        public void done(String result) {
            ending.complete("done " + result);
        }

        @Override
        public void cancelled() {
            ending.complete("cancelled");
        }

        @Override
        public void failed(Throwable error) {
            ending.complete("failed " + error.getMessage());
        }
    }

    @Test
    void reportsCancelledWhenCancelledAfterTheWorkReturnedNormally() throws Exception {
        assertEquals("cancelled", endAfterLateCancel(() -> "result"));
    }

    @Test
    void reportsCancelledWhenCancelledWorkThenFails() throws Exception {
        assertEquals("cancelled", endAfterLateCancel(() -> {
            throw new IllegalStateException("boom");
        }));
    }

    @Test
    void reportsTheResultOfAWorkNotCancelled() throws Exception {
        Report report = new Report();
        OnFx.call(() -> BackgroundJob.start("test-job", job -> "result", report));
        assertEquals("done result", report.ending.get(10, TimeUnit.SECONDS));
    }

    /** The work finishes (no cancellation check left) only after the FX thread cancelled the job. */
    private static String endAfterLateCancel(java.util.function.Supplier<String> lastStep) throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        Report report = new Report();
        BackgroundJob<String> job = OnFx.call(() -> BackgroundJob.start("test-job", j -> {
            try {
                cancelled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return lastStep.get();
        }, report));
        OnFx.call(() -> {
            job.cancel();
            return null;
        });
        cancelled.countDown();
        // Before the fix the report was dropped with the job's other late actions: no end, ever.
        return report.ending.get(10, TimeUnit.SECONDS);
    }
}
