package org.gradientlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.gradientlab.core.experiment.training.Predictions;
import org.gradientlab.core.experiment.training.Progress;

/**
 * What trains for the lab: turns the edited parameters into series, trains them off the FX
 * thread and publishes the core's {@link Progress} records to {@code sink} (any thread).
 * {@link CoreBackend} is the real one; tests use a scripted one.
 */
public interface TrainingBackend {

    /**
     * One series of a run: its name in legends and files, and for the hyperparameter search the
     * drawn learning rate and λ (NaN otherwise).
     */
    record Series(String name, double learningRate, double weightDecay) {}

    /** A run in progress; every method is safe from any thread. */
    interface Run {
        /** The series, in the order of {@link Progress#seriesIndex()}. */
        List<Series> series();

        void pause();

        void resume();

        /** Stops every series within one iteration. */
        void cancel();

        /** Completes when every series has ended (also when cancelled); exceptionally on a failure. */
        CompletableFuture<?> done();
    }

    /**
     * Starts {@code parameters} on the MNIST files in {@code dataDirectory} (null: the bundled
     * copy); returns at once. Slow preparation (loading the data) happens off
     * the FX thread; a failure there completes {@link Run#done()} exceptionally.
     *
     * @throws IllegalArgumentException when the parameters cannot make a run (message names why)
     */
    Run start(TrainingParameters parameters, Path dataDirectory, Consumer<Progress> sink);

    /**
     * As {@link #start(TrainingParameters, Path, Consumer)}, also publishing each series' sample
     * predictions to {@code predictions} (any thread); a backend without them publishes none.
     */
    default Run start(TrainingParameters parameters, Path dataDirectory, Consumer<Progress> sink,
                      Consumer<Predictions> predictions) {
        return start(parameters, dataDirectory, sink);
    }
}
