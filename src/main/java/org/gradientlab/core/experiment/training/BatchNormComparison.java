package org.gradientlab.core.experiment.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.nn.WeightInit;

/**
 * With and without batch normalization, for each of several weight scales (book:
 * ch06/batch_norm_test.py): per scale w a pair of series "bn w=…" and "no-bn w=…" with weights
 * N(0, w²); train accuracy per epoch. Every series takes the same mini-batches, as the book's
 * pair does.
 *
 * @param setup        network, optimizer, batch size, training-set size, seed (its init and BN are replaced)
 * @param weightScales the std of the initial weights, each finite and &gt; 0, 1 to 64, no repeat
 * @param epochs       in [1, 10 000]
 */
public record BatchNormComparison(TrainingSetup setup, List<Double> weightScales, int epochs)
        implements ExperimentConfig {

    static final int MAX_EPOCHS = 10_000;
    static final int MAX_SCALES = 64;

    public BatchNormComparison {
        Objects.requireNonNull(setup, "setup");
        weightScales = Limits.distinct("weight scales", weightScales, MAX_SCALES);
        weightScales.forEach(WeightInit::ofStd);
        Limits.requireIn("epochs", epochs, 1, MAX_EPOCHS);
    }

    /** 784-(100×5)-10, ReLU, SGD .01, batch 100, the first 1000 images, 20 epochs, 16 scales. */
    public static BatchNormComparison book() {
        return new BatchNormComparison(TrainingSetup.book(5, 100, 1000), logspace(0, -4, 16), 20);
    }

    /** numpy's logspace: {@code count} powers of ten, exponents evenly from {@code from} to {@code to}. */
    public static List<Double> logspace(double from, double to, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Math.pow(10, count == 1 ? from : from + (to - from) * i / (count - 1)))
                .toList();
    }

    @Override
    public ExperimentKind kind() {
        return ExperimentKind.BATCH_NORM;
    }

    @Override
    public boolean byEpoch() {
        return true;
    }

    @Override
    public int length() {
        return epochs;
    }

    @Override
    public BatchNormComparison withLength(int value) {
        return new BatchNormComparison(setup, weightScales, value);
    }

    @Override
    public BatchNormComparison withSetup(TrainingSetup value) {
        return new BatchNormComparison(value, weightScales, epochs);
    }

    public BatchNormComparison withWeightScales(List<Double> value) {
        return new BatchNormComparison(setup, value, epochs);
    }

    /** "bn w=1", "no-bn w=1", "bn w=0.5412", … : per scale, with batch norm first. */
    @Override
    public List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        for (double scale : weightScales) {
            names.add(name(true, scale));
            names.add(name(false, scale));
        }
        return names;
    }

    private static String name(boolean batchNorm, double scale) {
        return (batchNorm ? "bn" : "no-bn") + " w=" + Plans.number(scale);
    }

    @Override
    public List<SeriesPlan> plan(Mnist data) {
        Dataset train = Plans.trainingSet(data, setup.trainSize());
        List<SeriesPlan> plans = new ArrayList<>();
        for (double scale : weightScales) {
            TrainingSetup scaled = setup.withWeightInit(WeightInit.ofStd(scale));
            for (boolean batchNorm : new boolean[] {true, false}) {
                plans.add(Plans.epochSeries(name(batchNorm, scale), scaled.withBatchNorm(batchNorm), train, null, null,
                        epochs));
            }
        }
        return plans;
    }
}
