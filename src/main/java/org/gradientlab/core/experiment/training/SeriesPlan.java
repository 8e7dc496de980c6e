package org.gradientlab.core.experiment.training;

import java.util.Objects;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.optim.LearningRateSchedule;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * One series ready to train: a network, its optimizer, the data and the schedule.
 *
 * @param name       the series' name in records, files and legends
 * @param network    the network (its seed sets the initial weights and dropout masks)
 * @param optimizer  the update rule
 * @param train      the examples mini-batches are drawn from; train accuracy is measured on it
 * @param test       the test set, or null when test accuracy is not measured
 * @param validation the held-out set, or null when validation accuracy is not measured
 * @param batchSize  examples per mini-batch, drawn with replacement as the book's
 *                   {@code np.random.choice(train_size, batch_size)}
 * @param schedule   length and evaluation points
 * @param batchSeed  seeds the batch indices: series with the same batch seed and training-set
 *                   size see the same mini-batch at every iteration
 * @param learningRates the lr of each update, set on the optimizer before it; null keeps the
 *                      optimizer's lr throughout (every experiment of the book)
 */
public record SeriesPlan(String name, MultiLayerNetConfig network, OptimizerSettings optimizer, Dataset train,
                         Dataset test, Dataset validation, int batchSize, Schedule schedule, long batchSeed,
                         LearningRateSchedule learningRates) {

    /** A series whose lr stays the optimizer's. */
    public SeriesPlan(String name, MultiLayerNetConfig network, OptimizerSettings optimizer, Dataset train,
                      Dataset test, Dataset validation, int batchSize, Schedule schedule, long batchSeed) {
        this(name, network, optimizer, train, test, validation, batchSize, schedule, batchSeed, null);
    }

    public SeriesPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(schedule, "schedule");
        if (train.count() == 0 || train.features() != network.inputSize()) {
            throw new IllegalArgumentException("series " + name + ": training set of " + train.count() + "×"
                    + train.features() + " does not fit a network of input size " + network.inputSize());
        }
        Limits.requireIn("batch size", batchSize, 1, TrainingSetup.MAX_BATCH_SIZE);
    }

    public SeriesPlan withSchedule(Schedule value) {
        return new SeriesPlan(name, network, optimizer, train, test, validation, batchSize, value, batchSeed,
                learningRates);
    }

    /** The same series with lr following {@code value} (null: the optimizer's lr throughout). */
    public SeriesPlan withLearningRates(LearningRateSchedule value) {
        return new SeriesPlan(name, network, optimizer, train, test, validation, batchSize, schedule, batchSeed,
                value);
    }
}
