package org.gradientlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.gradientlab.core.experiment.training.Progress;

/**
 * A backend that trains nothing: a worker thread publishes a decaying loss per iteration for
 * {@code seriesCount} series, honouring pause and cancel between iterations, or fails as told.
 */
final class ScriptedBackend implements TrainingBackend {
    final int seriesCount;
    final long nanosPerIteration;
    volatile IOException failure;
    volatile TrainingParameters lastParameters;
    volatile Path lastDirectory;

    ScriptedBackend(int seriesCount, long nanosPerIteration) {
        this.seriesCount = seriesCount;
        this.nanosPerIteration = nanosPerIteration;
    }

    @Override
    public Run start(TrainingParameters parameters, Path dataDirectory, Consumer<Progress> sink) {
        lastParameters = parameters;
        lastDirectory = dataDirectory;
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < seriesCount; i++) {
            series.add(new Series("series " + i, Math.pow(10, -6 + 4.0 * i / seriesCount), 1e-6));
        }
        ScriptedRun run = new ScriptedRun(series);
        Thread.ofPlatform().daemon().start(() -> run.train(parameters, sink));
        return run;
    }

    final class ScriptedRun implements Run {
        final List<Series> series;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile boolean paused;
        volatile boolean cancelled;

        ScriptedRun(List<Series> series) {
            this.series = series;
        }

        void train(TrainingParameters p, Consumer<Progress> sink) {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            long start = System.nanoTime();
            long iterations = TrainingLab.iterations(p);
            long perEpoch = p.preset().byEpoch() ? iterations / p.length() : Math.max(1, iterations / 10);
            for (int i = 1; i <= iterations && !cancelled; i++) {
                while (paused && !cancelled) {
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(nanosPerIteration);
                for (int s = 0; s < series.size(); s++) {
                    boolean eval = (i - 1) % perEpoch == 0 || (!p.preset().byEpoch() && i == iterations);
                    int epoch = eval ? (int) ((i - 1) / perEpoch) : -1;
                    double acc = eval ? 1 - 0.9 * Math.exp(-i / 50.0) / (s + 1) : Double.NaN;
                    sink.accept(new Progress(series.get(s).name(), s, i, epoch, 2.3 * Math.exp(-i / 20.0 * (s + 1)),
                            acc, eval ? acc - 0.02 : Double.NaN, eval ? acc - 0.03 : Double.NaN,
                            (System.nanoTime() - start) / 1e9, false));
                }
            }
            done.complete(null);
        }

        @Override
        public List<Series> series() {
            return series;
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public CompletableFuture<?> done() {
            return done;
        }
    }
}
