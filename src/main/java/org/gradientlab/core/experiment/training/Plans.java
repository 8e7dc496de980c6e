package org.gradientlab.core.experiment.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.gradientlab.core.data.BatchSampler;
import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;

/** What the experiment configs share when they build their series: seeds, data, names. */
final class Plans {
    // Independent streams derived from one experiment seed.
    static final int NETWORK_STREAM = 1;
    static final int BATCH_STREAM = 2;
    static final int SAMPLE_STREAM = 3;
    static final int SPLIT_STREAM = 4;

    private Plans() {}

    /**
     * A seed for {@code stream}, well apart from the others: SplitMix64's finalizer (Steele, Lea
     * &amp; Flood 2014) of seed + stream·γ.
     */
    static long derive(long seed, long stream) {
        long z = seed + stream * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The first {@code size} training images, as the book's {@code x_train[:size]}. */
    static Dataset trainingSet(Mnist data, int size) {
        Dataset train = data.train();
        if (size > train.count()) {
            throw new IllegalArgumentException("training-set size " + size + " exceeds the " + train.count()
                    + " training images available");
        }
        return size == train.count() ? train : train.first(size);
    }

    /**
     * One series trained by epochs on {@code train}, with train accuracy per epoch, and test or
     * validation accuracy when that set is given; series of the same seed share the initial-weight
     * seed and the mini-batches.
     */
    static SeriesPlan epochSeries(String name, TrainingSetup setup, Dataset train, Dataset test, Dataset validation,
                              int epochs) {
        long seed = setup.seed();
        int perEpoch = BatchSampler.iterationsPerEpoch(train.count(), setup.batchSize());
        return new SeriesPlan(name, setup.network(derive(seed, NETWORK_STREAM)), setup.optimizer(), train, test,
                validation, setup.batchSize(), Schedule.ofEpochs(epochs, perEpoch), derive(seed, BATCH_STREAM));
    }

    /**
     * The overfitting sweeps (weight decay, dropout): one epoch series per value of one setting,
     * each built from {@code setup} by {@code apply}, with train and test accuracy per epoch.
     */
    static List<SeriesPlan> epochSweep(Mnist data, TrainingSetup setup, List<String> names, List<Double> values,
                                       BiFunction<TrainingSetup, Double, TrainingSetup> apply, int epochs) {
        Dataset train = trainingSet(data, setup.trainSize());
        return IntStream.range(0, names.size())
                .mapToObj(i -> epochSeries(names.get(i), apply.apply(setup, values.get(i)), train, data.test(), null,
                        epochs))
                .toList();
    }

    /** 4 significant digits: "0.1", "0.01", "1", "0.5412", "1.234e-06" below 1e-4. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || magnitude >= 1e-4 && magnitude < 1e6) {
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", value).replaceAll("\\.?0+e", "e");
    }
}
