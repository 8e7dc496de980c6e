package org.gradientlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.BatchNormComparison;
import org.gradientlab.core.experiment.training.ExperimentConfig;
import org.gradientlab.core.experiment.training.ExperimentKind;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.HyperparameterSearch;
import org.gradientlab.core.experiment.training.InitComparison;
import org.gradientlab.core.experiment.training.OptimizerComparison;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.training.RegularizationComparison;
import org.gradientlab.core.experiment.training.RegularizationComparison.Regularizer;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.experiment.training.TrainingSetup;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * The lab's trainer: the core's experiment configs and runner. MNIST is loaded on the lab job's
 * worker (the bundled copy once, 220 MB), then the runner trains the series on its pool.
 */
public final class CoreBackend implements TrainingBackend {
    /** Accuracy points per curve for the iteration-based experiments (the book measures only at the end). */
    static final int EVALUATIONS = 20;

    // Made on the first run: a snapshot or a session that never trains starts no threads.
    private ExperimentRunner runner;

    @Override
    public Run prepare(TrainingParameters parameters, Path dataDirectory) {
        ExperimentConfig config = config(parameters);
        List<Series> series = series(config);
        return new Run() {
            @Override
            public List<Series> series() {
                return series;
            }

            @Override
            public void train(RunControl control, ProgressListener listener) throws IOException, InterruptedException {
                Mnist data = dataDirectory == null ? Mnist.bundled() : Mnist.load(dataDirectory);
                runner().run(config, data, control, listener);
            }
        };
    }

    private synchronized ExperimentRunner runner() {
        if (runner == null) {
            runner = new ExperimentRunner();
        }
        return runner;
    }

    /** The core experiment for the edited parameters; its records check every range. */
    static ExperimentConfig config(TrainingParameters p) {
        TrainingSetup setup = new TrainingSetup(p.hiddenSizes(), p.activation(), p.init(), p.batchNorm(),
                p.dropoutRatio(), p.weightDecay(),
                OptimizerSettings.defaults(p.optimizer()).withLearningRate(p.learningRate()), p.batchSize(),
                p.trainSize(), p.seed());
        int every = Math.max(1, p.length() / EVALUATIONS);
        return switch (p.preset()) {
            case OPTIMIZERS -> OptimizerComparison.book().withSetup(setup).withLength(p.length())
                    .withEvaluateEvery(every);
            case INIT -> InitComparison.book().withSetup(setup).withLength(p.length()).withEvaluateEvery(every);
            case BATCH_NORM -> BatchNormComparison.book().withSetup(setup).withLength(p.length());
            case WEIGHT_DECAY -> regularization(Regularizer.WEIGHT_DECAY, setup, p.weightDecay(), p.length());
            case DROPOUT -> regularization(Regularizer.DROPOUT, setup, p.dropoutRatio(), p.length());
            case HYPERPARAMETERS -> HyperparameterSearch.book().withSetup(setup).withLength(p.length());
            case CUSTOM -> new OptimizerComparison(setup, List.of(setup.optimizer()), p.length(), every);
        };
    }

    /** The edited strength against none, as the book compares λ 0.1 with 0 and dropout 0.2 with none. */
    private static RegularizationComparison regularization(Regularizer regularizer, TrainingSetup setup,
                                                           double strength, int epochs) {
        List<Double> compared = strength == 0 ? List.of(0.0) : List.of(strength, 0.0);
        return RegularizationComparison.book(regularizer).withSetup(regularizer.apply(setup, 0))
                .withStrengths(compared).withLength(epochs);
    }

    private static List<Series> series(ExperimentConfig config) {
        List<Series> series = new ArrayList<>();
        if (config instanceof HyperparameterSearch search) {
            search.trialDraws().forEach(t -> series.add(new Series(t.name(), t.learningRate(), t.weightDecay())));
        } else {
            config.seriesNames().forEach(name -> series.add(new Series(name, Double.NaN, Double.NaN)));
        }
        return series;
    }

    /** The editors' values for a preset: the core's book settings. */
    public static TrainingParameters preset(Preset preset) {
        ExperimentConfig config = preset == Preset.CUSTOM ? ExperimentKind.OPTIMIZERS.book()
                : ExperimentKind.fromId(preset.id()).book();
        TrainingSetup s = config.setup();
        double lambda = s.weightDecay();
        double dropout = s.dropoutRatio();
        if (config instanceof RegularizationComparison r) {
            lambda = r.regularizer() == Regularizer.WEIGHT_DECAY ? r.strengths().get(0) : lambda;
            dropout = r.regularizer() == Regularizer.DROPOUT ? r.strengths().get(0) : dropout;
        }
        OptimizerSettings optimizer = preset == Preset.CUSTOM
                ? OptimizerSettings.defaults(org.gradientlab.core.optim.OptimizerKind.ADAM) : s.optimizer();
        return new TrainingParameters(preset, optimizer.kind(), optimizer.learningRate(), s.weightInit(),
                s.activation(), s.hiddenSizes(), s.batchSize(), config.length(), s.batchNorm(), dropout, lambda,
                s.trainSize(), s.seed());
    }
}
