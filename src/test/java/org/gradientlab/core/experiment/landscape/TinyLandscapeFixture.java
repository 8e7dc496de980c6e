package org.gradientlab.core.experiment.landscape;

import java.util.List;
import java.util.SplittableRandom;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * The landscape tests' shared study: a 6-8-8-3 net trained by Adam on made-up data, the same code
 * as for MNIST at a thousandth of the cost.
 */
final class TinyLandscapeFixture {
    /** 60 examples of 6 features, 3 classes, each class around its own mean. */
    static final Dataset DATA = data();
    static final OptimizerSettings ADAM = OptimizerSettings.defaults(OptimizerKind.ADAM).withLearningRate(0.01);

    private TinyLandscapeFixture() {}

    private static Dataset data() {
        SplittableRandom random = new SplittableRandom(1);
        int count = 60;
        float[] images = new float[count * 6];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 3;
            for (int k = 0; k < 6; k++) {
                images[i * 6 + k] = (float) (random.nextGaussian() * 0.5 + (k % 3 == labels[i] ? 1 : 0));
            }
        }
        return new Dataset(images, labels, count, 6);
    }

    /** The 6-8-8-3 net, seed 7, with or without batch norm. */
    static MultiLayerNetConfig network(boolean batchNorm) {
        return MultiLayerNetConfig.of(6, List.of(8, 8), 3, 7).withBatchNorm(batchNorm);
    }

    /** 60 Adam updates of batch 10, a snapshot every 5, seed 3. */
    static TrainedPath path(boolean batchNorm) {
        return PathTrainer.train(network(batchNorm), ADAM, DATA, 10, 60, 5, 3, () -> false, done -> { });
    }
}
