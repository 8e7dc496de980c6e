package org.gradientlab.core.experiment.training;

import java.util.function.BooleanSupplier;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.LayerProbe;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.optim.ElementwiseOptimizer;
import org.gradientlab.core.optim.LearningRateSchedule;

/**
 * Trains one series in slices: the runner calls {@link #runSlice} again and again (never two at
 * once) until it returns true. The loop per iteration, as the book's scripts:
 * draw a mini-batch, forward and backward, update (with the lr of the plan's learning-rate
 * schedule for this update, if it has one), and at the schedule's points measure
 * accuracy in inference mode; then publish a {@link Progress}.
 *
 * <p>The recorded loss is the one of the forward pass that gave the gradient. The book calls
 * {@code network.loss(x_batch, t_batch)} again after the update; that curve is the same one
 * step later and would cost a second forward pass (about 40 % more work).
 */
final class SeriesTrainer {
    /** Images of each set measured at an iteration-based checkpoint before the last (see step). */
    static final int CHECKPOINT_IMAGES = 10_000;

    private final SeriesPlan plan;
    private final int index;
    private final long runStart;
    private final double[] recentLosses = new double[SeriesResult.LOSS_WINDOW];
    private final SharedBatches batches;
    private final int member;

    // Built on the first slice and dropped at the end, so only active series hold a network.
    private MultiLayerNet net;
    private ElementwiseOptimizer optimizer;
    private Matrix x;
    private int[] t;
    private Dataset sample;
    private Matrix sampleImages;
    private LayerProbe probe;

    private int done;
    private long busyNanos;
    private SeriesResult.Status status;
    private double trainAccuracy = Double.NaN;
    private double testAccuracy = Double.NaN;
    private double validationAccuracy = Double.NaN;

    SeriesTrainer(SeriesPlan plan, int index, long runStart) {
        this(plan, index, runStart, null, 0);
    }

    /** A series drawing its batches through {@code batches} (shared with other series) as {@code member}. */
    SeriesTrainer(SeriesPlan plan, int index, long runStart, SharedBatches batches, int member) {
        this.plan = plan;
        this.index = index;
        this.runStart = runStart;
        this.batches = batches != null ? batches
                : new SharedBatches(plan.train(), plan.batchSeed(), plan.batchSize(), 1);
        this.member = batches != null ? member : 0;
    }

    /**
     * Trains until about {@code sliceNanos} have passed, the series ends, or {@code stop} or a
     * pause asks it to stop; checks both before every iteration. Returns true when the series ended.
     */
    boolean runSlice(BooleanSupplier stop, RunControl control, ProgressListener listener, long sliceNanos) {
        long start = System.nanoTime();
        try {
            while (status == null) {
                if (stop.getAsBoolean()) {
                    status = SeriesResult.Status.CANCELLED;
                    break;
                }
                if (control.isPaused()) {
                    return false;
                }
                if (net == null) {
                    net = new MultiLayerNet(plan.network());
                    optimizer = plan.optimizer().create();
                    Dataset held = plan.test() != null ? plan.test() : plan.validation();
                    if (held != null && held.count() > 0) {
                        sample = held.first(Math.min(Predictions.SAMPLE_SIZE, held.count()));
                        sampleImages = sample.imageMatrix();
                    }
                }
                step(listener);
                if (status == null && System.nanoTime() - start >= sliceNanos) {
                    return false;
                }
            }
            batches.leave(member);
            net = null;
            probe = null;
            optimizer = null;
            x = null;
            sampleImages = null;
            return true;
        } finally {
            busyNanos += System.nanoTime() - start;
        }
    }

    private void step(ProgressListener listener) {
        int iteration = done + 1;
        try {
            step(listener, iteration);
        } finally {
            batches.release(member, iteration);
        }
    }

    private void step(ProgressListener listener, int iteration) {
        SharedBatches.Batch batch = batches.acquire(member, iteration);
        double loss;
        if (batch != null) {
            loss = net.gradient(batch.x, batch.t);
        } else {
            if (x == null) {
                x = new Matrix(plan.batchSize(), plan.train().features());
                t = new int[plan.batchSize()];
            }
            batches.draw(iteration, x, t);
            loss = net.gradient(x, t);
        }
        if (!Double.isFinite(loss)) {
            status = SeriesResult.Status.DIVERGED;
            listener.onProgress(new Progress(plan.name(), index, iteration, -1, loss, Double.NaN, Double.NaN,
                    Double.NaN, seconds(), true));
            return;
        }
        LearningRateSchedule learningRates = plan.learningRates();
        if (learningRates != null) {
            optimizer.setLearningRate(learningRates.rate(iteration - 1));
        }
        boolean probed = LayerStatsRecord.sampled(iteration, listener.layerStatsEvery());
        if (probed) {
            probe = probe == null ? new LayerProbe(net) : probe;
            probe.beforeUpdate();
        }
        optimizer.update(net.parameters());
        done = iteration;
        recentLosses[(iteration - 1) % recentLosses.length] = loss;
        Schedule schedule = plan.schedule();
        double train = Double.NaN;
        double test = Double.NaN;
        double validation = Double.NaN;
        if (schedule.evaluatesAfter(iteration)) {
            // Checkpoints along an iteration-based run (the app's 20 points per curve) measure
            // the first CHECKPOINT_IMAGES of each set; the last record, like every epoch of the
            // book's epoch loops, measures all of them. On the full 70 000 images the 19
            // checkpoints of the optimizer comparison cost more than its 2000 updates.
            int limit = schedule.byEpoch() || iteration == schedule.iterations() ? Integer.MAX_VALUE
                    : CHECKPOINT_IMAGES;
            train = trainAccuracy = accuracy(plan.train(), limit);
            if (plan.test() != null) {
                test = testAccuracy = accuracy(plan.test(), limit);
            }
            if (plan.validation() != null) {
                validation = validationAccuracy = accuracy(plan.validation(), limit);
            }
        }
        if (iteration == schedule.iterations()) {
            status = SeriesResult.Status.COMPLETED;
        }
        int epoch = schedule.epochAfter(iteration);
        listener.onProgress(new Progress(plan.name(), index, iteration, epoch, loss, train, test, validation,
                seconds(), false));
        if (probed) {
            listener.onLayerStats(new LayerStatsRecord(plan.name(), index, iteration, probe.afterUpdate()));
        }
        if (sampleImages != null && schedule.evaluatesAfter(iteration)) {
            listener.onPredictions(new Predictions(plan.name(), index, iteration, epoch, sample, predictSample()));
        }
    }

    /** Argmax of the inference-mode scores of the sample images: {@value Predictions#SAMPLE_SIZE} rows, cheap. */
    private int[] predictSample() {
        Matrix scores = net.predict(sampleImages, false);
        int[] labels = new int[scores.rows];
        for (int r = 0; r < scores.rows; r++) {
            labels[r] = MultiLayerNet.argmax(scores, r);
        }
        return labels;
    }

    private double accuracy(Dataset data, int limit) {
        return net.accuracy(data.imageMatrix(), data.labels(), Math.min(limit, data.count()));
    }

    private double seconds() {
        return (System.nanoTime() - runStart) / 1e9;
    }

    SeriesResult result() {
        int window = Math.min(done, recentLosses.length);
        double sum = 0;
        for (int i = 0; i < window; i++) {
            sum += recentLosses[i];
        }
        SeriesResult.Status ended = status == null ? SeriesResult.Status.CANCELLED : status;
        return new SeriesResult(plan.name(), index, plan.network(), plan.optimizer(), ended, done,
                window == 0 ? Double.NaN : sum / window, trainAccuracy, testAccuracy, validationAccuracy,
                busyNanos / 1e9);
    }
}
