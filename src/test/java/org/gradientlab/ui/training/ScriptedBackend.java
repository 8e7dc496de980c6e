package org.gradientlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.RunControl;

/**
 * A backend that trains nothing: on the lab job's worker it publishes a decaying loss per
 * iteration for {@code seriesCount} series, honouring pause and cancel between iterations, or
 * fails as told.
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
    public Run prepare(TrainingParameters parameters, Path dataDirectory) {
        lastParameters = parameters;
        lastDirectory = dataDirectory;
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < seriesCount; i++) {
            series.add(new Series("series " + i, Math.pow(10, -6 + 4.0 * i / seriesCount), 1e-6));
        }
        return new ScriptedRun(parameters, series);
    }

    final class ScriptedRun implements Run {
        final TrainingParameters p;
        final List<Series> series;

        ScriptedRun(TrainingParameters p, List<Series> series) {
            this.p = p;
            this.series = series;
        }

        @Override
        public void train(RunControl control, ProgressListener listener) throws IOException {
            if (failure != null) {
                throw failure;
            }
            long start = System.nanoTime();
            long iterations = TrainingLabModel.iterations(p);
            // The core's epoch schedule makes (epochs − 1) · perEpoch + 1 updates.
            long perEpoch = !p.preset().byEpoch() ? Math.max(1, iterations / 10)
                    : p.length() == 1 ? iterations : (iterations - 1) / (p.length() - 1);
            for (int i = 1; i <= iterations && !control.isCancelled(); i++) {
                while (control.isPaused() && !control.isCancelled()) {
                    LockSupport.parkNanos(1_000_000);
                }
                LockSupport.parkNanos(nanosPerIteration);
                for (int s = 0; s < series.size(); s++) {
                    boolean eval = (i - 1) % perEpoch == 0 || (!p.preset().byEpoch() && i == iterations);
                    int epoch = eval ? (int) ((i - 1) / perEpoch) : -1;
                    double acc = eval ? 1 - 0.9 * Math.exp(-i / 50.0) / (s + 1) : Double.NaN;
                    listener.onProgress(new Progress(series.get(s).name(), s, i, epoch,
                            2.3 * Math.exp(-i / 20.0 * (s + 1)), acc, eval ? acc - 0.02 : Double.NaN,
                            eval ? acc - 0.03 : Double.NaN, (System.nanoTime() - start) / 1e9, false));
                }
            }
        }

        @Override
        public List<Series> series() {
            return series;
        }
    }
}
