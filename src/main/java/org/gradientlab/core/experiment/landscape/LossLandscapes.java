package org.gradientlab.core.experiment.landscape;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;

/**
 * A loss-landscape study end to end: train the book's net keeping its path, then measure the loss
 * along the line from θ₀ to θ₁, at every snapshot of the path, and over a slice around θ₁, all in
 * inference mode (a batch-norm net with running statistics: {@link #measure}).
 */
public final class LossLandscapes {
    /** Extra room around the path on a PCA slice, as a share of its extent. */
    static final double PATH_MARGIN = 0.25;

    private LossLandscapes() {}

    /**
     * Runs {@code config} on {@code data}'s training set: the first 60 000 images train, the first
     * {@code config.images()} are measured. {@code progress} is called from this and worker threads.
     *
     * @throws CancellationException when {@code cancelled} turns true, within one iteration or one loss
     */
    public static LandscapeResult run(LandscapeConfig config, Mnist data, int threads, BooleanSupplier cancelled,
                                      Consumer<LandscapeProgress> progress) {
        Dataset train = data.train();
        if (config.images() > train.count()) {
            throw new IllegalArgumentException("images " + config.images() + " exceeds the " + train.count()
                    + " training images available");
        }
        SplittableRandom root = new SplittableRandom(config.seed());
        long netSeed = root.nextLong();
        long batchSeed = root.nextLong();
        SplittableRandom directionRandom = root.split();
        int iterations = config.iterations();
        TrainedPath path = PathTrainer.train(config.network(netSeed), config.optimizerSettings(), train,
                LandscapeConfig.BATCH_SIZE, iterations, config.snapshotEvery(), batchSeed, cancelled, done -> {
                    if (done % 10 == 0 || done == iterations) {
                        progress.accept(new LandscapeProgress(LandscapeProgress.Phase.TRAINING, done, iterations));
                    }
                });
        Plane plane = plane(config, path, directionRandom);
        LossEvaluator evaluator = new LossEvaluator(path.network(), path.layout(), train.first(config.images()),
                threads);
        return measure(config, path, plane, evaluator, cancelled, progress);
    }

    /** The slice's plane through θ₁: the path's PCA plane or two filter-normalised random directions. */
    static Plane plane(LandscapeConfig config, TrainedPath path, SplittableRandom random) {
        double[] last = path.last();
        return switch (config.plane()) {
            case PCA -> PathPca.plane(path.snapshots(), last);
            case RANDOM -> new Plane(PlaneKind.RANDOM, last,
                    Directions.filterNormalized(path.layout(), last, random),
                    Directions.filterNormalized(path.layout(), last, random), new double[] {Double.NaN, Double.NaN});
        };
    }

    /** Every loss of the study in one parallel pass: path snapshots, then the line, then the grid. */
    static LandscapeResult measure(LandscapeConfig config, TrainedPath path, Plane plane, LossEvaluator evaluator,
                                   BooleanSupplier cancelled, Consumer<LandscapeProgress> progress) {
        List<float[]> snapshots = path.snapshots();
        int pathPoints = snapshots.size();
        double[] pathX = new double[pathPoints];
        double[] pathY = new double[pathPoints];
        for (int i = 0; i < pathPoints; i++) {
            double[] xy = plane.project(snapshots.get(i));
            pathX[i] = xy[0];
            pathY[i] = xy[1];
        }
        int n = config.grid();
        double[] xs = axis(n, halfWidth(config, pathX));
        double[] ys = axis(n, halfWidth(config, pathY));
        double[] initial = path.initial();
        double[] last = path.last();
        int linePoints = LandscapeConfig.LINE_POINTS;
        int total = pathPoints + linePoints + n * n;
        // Inference mode throughout: each snapshot with its own running statistics, the line with
        // θ₀'s and θ₁'s mixed as its weights are (α clamped to [0, 1]), the slice with θ₁'s.
        List<RunningStats> pathStats = path.stats();
        RunningStats first = path.initialStats();
        RunningStats lastStats = path.lastStats();
        LossEvaluator.StatsAt stats = index -> index < pathPoints ? pathStats.get(index)
                : index < pathPoints + linePoints
                ? RunningStats.between(first, lastStats, LandscapeConfig.alpha(index - pathPoints))
                : lastStats;
        double[] losses = evaluator.losses(total, (index, theta) -> {
            if (index < pathPoints) {
                float[] snapshot = snapshots.get(index);
                for (int k = 0; k < theta.length; k++) {
                    theta[k] = snapshot[k];
                }
            } else if (index < pathPoints + linePoints) {
                line(initial, last, LandscapeConfig.alpha(index - pathPoints), theta);
            } else {
                int cell = index - pathPoints - linePoints;
                plane.point(xs[cell % n], ys[cell / n], theta);
            }
        }, stats, cancelled, done -> progress.accept(new LandscapeProgress(LandscapeProgress.Phase.MEASURING, done, total)));
        double[] alphas = new double[linePoints];
        double[] lineLoss = new double[linePoints];
        for (int i = 0; i < linePoints; i++) {
            alphas[i] = LandscapeConfig.alpha(i);
            lineLoss[i] = losses[pathPoints + i];
        }
        double[][] grid = new double[n][n];
        for (int row = 0; row < n; row++) {
            System.arraycopy(losses, pathPoints + linePoints + row * n, grid[row], 0, n);
        }
        double[] pathLoss = java.util.Arrays.copyOf(losses, pathPoints);
        return new LandscapeResult(config, new LandscapeResult.Line(alphas, lineLoss),
                new LandscapeResult.Grid(xs, ys, grid), new LandscapeResult.Path(path.iterations(), pathX, pathY,
                pathLoss), plane.explained().clone(), path.batchLoss());
    }

    /** θ(α) = (1−α)·θ₀ + α·θ₁ into {@code target}: exactly θ₀ at α = 0 and θ₁ at α = 1. */
    public static void line(double[] initial, double[] last, double alpha, double[] target) {
        for (int i = 0; i < target.length; i++) {
            target[i] = (1 - alpha) * initial[i] + alpha * last[i];
        }
    }

    /**
     * {@code n} (odd) coordinates from −h to h, evenly spaced, the middle one exactly 0:
     * h·(2i − (n−1))/(n−1).
     */
    public static double[] axis(int n, double halfWidth) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = halfWidth * (2 * i - (n - 1)) / (n - 1);
        }
        return out;
    }

    /** A random slice's span; a PCA slice reaches the path's farthest point plus a margin. */
    private static double halfWidth(LandscapeConfig config, double[] pathCoordinates) {
        if (config.plane() == PlaneKind.RANDOM) {
            return config.span();
        }
        double far = 0;
        for (double c : pathCoordinates) {
            far = Math.max(far, Math.abs(c));
        }
        return far > 0 ? far * (1 + PATH_MARGIN) : config.span();
    }
}
