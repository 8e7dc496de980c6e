package org.gradientlab.ui.training;

import java.nio.file.Path;
import java.util.List;

import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.RunControl;

/**
 * What trains for the lab: turns the edited parameters into series and trains them, publishing
 * the core's {@link Progress} records to a listener. The lab runs {@link Run#train} in a kit
 * job off the FX thread. {@link CoreBackend} is the real one; tests use a scripted one.
 */
public interface TrainingBackend {

    /**
     * One series of a run: its name in legends and files, and for the hyperparameter search the
     * drawn learning rate and λ (NaN otherwise).
     */
    record Series(String name, double learningRate, double weightDecay) {}

    /** A run prepared, not yet started. */
    interface Run {
        /** The series, in the order of {@link Progress#seriesIndex()}. */
        List<Series> series();

        /**
         * Loads the data and trains every series, blocking the calling thread (a job's worker)
         * until they end. Records (and sample predictions, if the backend makes any) go to
         * {@code listener} on any thread. {@code control} pauses, resumes and, within one
         * iteration, cancels; a cancelled run returns normally.
         *
         * @throws Exception what stopped the run: a missing or corrupt file, a failing series
         */
        void train(RunControl control, ProgressListener listener) throws Exception;
    }

    /**
     * Prepares {@code parameters} on the MNIST files in {@code dataDirectory} (null: the bundled
     * copy); returns at once, loading nothing. FX thread.
     *
     * @throws IllegalArgumentException when the parameters cannot make a run (message names why)
     */
    Run prepare(TrainingParameters parameters, Path dataDirectory);
}
