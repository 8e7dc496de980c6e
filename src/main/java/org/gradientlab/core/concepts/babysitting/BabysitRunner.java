package org.gradientlab.core.concepts.babysitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ExperimentResult;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.OptimizerComparison;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.experiment.training.SeriesResult;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;

/**
 * Runs the steps of the checklist for real on MNIST. The steps that do not train take the
 * network's loss ({@link MultiLayerNet#loss}, inference mode) over the first N training images;
 * the others train one series with the core's {@link ExperimentRunner}, as the training lab does,
 * and keep its loss curve. One step at a time per runner; {@link RunControl#cancel()} stops a
 * step within one mini-batch or one chunk of {@value #CHUNK} images.
 */
public final class BabysitRunner implements AutoCloseable {
    /** Images per forward pass of the loss-only steps: bounded buffers, and a cancel point between chunks. */
    static final int CHUNK = 1000;

    private final Mnist data;
    // One series at a time: a single worker thread is enough. Made on the first training step.
    private ExperimentRunner pool;

    public BabysitRunner(Mnist data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * Runs {@code step} with weights and mini-batches seeded by {@code seed}; {@code live} hears the
     * training records as they come (worker threads). Blocks until the step ends.
     */
    public StepResult run(BabysitStep step, long seed, RunControl control, ProgressListener live)
            throws InterruptedException {
        if (step.trainSize() > data.train().count()) {
            throw new IllegalArgumentException("step " + step.id() + " uses " + step.trainSize()
                    + " training images, the data has " + data.train().count());
        }
        return step.check().trains() ? train(step, seed, control, live) : measure(step, seed, control);
    }

    private StepResult measure(BabysitStep step, long seed, RunControl control) {
        double observed = meanLoss(new MultiLayerNet(step.network(seed)), step.trainSize(), control);
        double baseline = step.check() == Check.NEAR_CHANCE ? Math.log(Mnist.CLASSES)
                : meanLoss(new MultiLayerNet(step.network(seed).withWeightDecay(0)), step.trainSize(), control);
        return result(step, control, observed, baseline, new double[0], Double.NaN, 0);
    }

    /** Mean loss over the first {@code count} training images, NaN when cancelled. */
    private double meanLoss(MultiLayerNet net, int count, RunControl control) {
        Dataset train = data.train();
        double sum = 0;
        Matrix chunk = null;
        for (int start = 0; start < count; start += CHUNK) {
            if (control.isCancelled()) {
                return Double.NaN;
            }
            int rows = Math.min(CHUNK, count - start);
            chunk = Matrix.reuse(chunk, rows, train.features());
            System.arraycopy(train.images(), start * train.features(), chunk.data, 0, chunk.data.length);
            int[] labels = new int[rows];
            System.arraycopy(train.labels(), start, labels, 0, rows);
            // Each chunk's loss holds the same ½·λ·ΣW², so the weighted mean holds it once.
            sum += net.loss(chunk, labels, false) * rows;
        }
        return sum / count;
    }

    private StepResult train(BabysitStep step, long seed, RunControl control, ProgressListener live)
            throws InterruptedException {
        OptimizerComparison config = new OptimizerComparison(step.setup(seed), List.of(step.setup(seed).optimizer()),
                step.iterations(), 0);
        List<Double> losses = new ArrayList<>();
        ProgressListener listener = ProgressListener.of(progress -> {
            synchronized (losses) {
                losses.add(progress.loss());
            }
            live.onProgress(progress);
        }, live::onPredictions);
        ExperimentResult run = pool().run(config, data, control, listener);
        SeriesResult series = run.series().get(0);
        double[] curve;
        synchronized (losses) {
            curve = losses.stream().mapToDouble(Double::doubleValue).toArray();
        }
        int divergedAt = series.status() == SeriesResult.Status.DIVERGED ? curve.length : 0;
        double start = curve.length == 0 ? Double.NaN : curve[0];
        double observed = switch (step.check()) {
            case MEMORIZES -> series.trainAccuracy();
            case BARELY_MOVES -> (StepResult.endLoss(curve) - start) / start;
            case EXPLODES -> divergedAt > 0 ? Double.POSITIVE_INFINITY : peak(curve) / start;
            case DROPS -> StepResult.endLoss(curve) / start;
            case NEAR_CHANCE, ABOVE_BASELINE -> throw new IllegalStateException(step.check() + " does not train");
        };
        return result(step, control, observed, start, curve, series.trainAccuracy(), divergedAt);
    }

    private static double peak(double[] curve) {
        double peak = Double.NEGATIVE_INFINITY;
        for (double loss : curve) {
            peak = Math.max(peak, loss);
        }
        return peak;
    }

    private static StepResult result(BabysitStep step, RunControl control, double observed, double baseline,
                                     double[] losses, double trainAccuracy, int divergedAt) {
        StepResult.Outcome outcome;
        if (control.isCancelled()) {
            outcome = StepResult.Outcome.CANCELLED;
        } else if (step.check().passes(step.threshold(), observed, baseline, StepResult.endLoss(losses))) {
            outcome = StepResult.Outcome.PASSED;
        } else {
            outcome = StepResult.Outcome.FAILED;
        }
        return new StepResult(step, outcome, observed, baseline, losses, trainAccuracy, divergedAt);
    }

    private synchronized ExperimentRunner pool() {
        if (pool == null) {
            pool = new ExperimentRunner(1);
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
