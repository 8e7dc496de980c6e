package org.gradientlab.ui.training;

import java.util.Collections;
import java.util.List;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;

/** The shared settings of each preset, as the book's ch06 scripts set them (DESIGN.md table). */
final class BookPresets {
    private BookPresets() {}

    static TrainingParameters of(Preset preset) {
        return switch (preset) {
            case OPTIMIZERS, INIT -> book(preset, 4, 128, 2000, 60_000);
            case BATCH_NORM -> book(preset, 5, 100, 20, 1000);
            case WEIGHT_DECAY -> withLambda(book(preset, 6, 100, 201, 300), 0.1);
            case DROPOUT -> withDropout(book(preset, 6, 100, 301, 300), 0.2);
            case HYPERPARAMETERS -> book(preset, 6, 100, 50, 500);
            case CUSTOM -> new TrainingParameters(preset, OptimizerKind.ADAM, OptimizerKind.ADAM.defaultLearningRate(),
                    WeightInit.HE, Activation.RELU, Collections.nCopies(4, 100), 128, 1000, false, 0, 0, 60_000, 0);
        };
    }

    private static TrainingParameters book(Preset preset, int layers, int batch, int length, int trainSize) {
        return new TrainingParameters(preset, OptimizerKind.SGD, OptimizerKind.SGD.defaultLearningRate(),
                WeightInit.HE, Activation.RELU, Collections.nCopies(layers, 100), batch, length, false, 0, 0,
                trainSize, 0);
    }

    private static TrainingParameters withLambda(TrainingParameters p, double lambda) {
        return new TrainingParameters(p.preset(), p.optimizer(), p.learningRate(), p.init(), p.activation(),
                List.copyOf(p.hiddenSizes()), p.batchSize(), p.length(), p.batchNorm(), p.dropoutRatio(), lambda,
                p.trainSize(), p.seed());
    }

    private static TrainingParameters withDropout(TrainingParameters p, double ratio) {
        return new TrainingParameters(p.preset(), p.optimizer(), p.learningRate(), p.init(), p.activation(),
                List.copyOf(p.hiddenSizes()), p.batchSize(), p.length(), p.batchNorm(), ratio, p.weightDecay(),
                p.trainSize(), p.seed());
    }
}
