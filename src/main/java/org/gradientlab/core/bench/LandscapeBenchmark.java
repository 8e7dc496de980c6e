package org.gradientlab.core.bench;

import java.util.Locale;
import java.util.SplittableRandom;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.landscape.Directions;
import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LossEvaluator;
import org.gradientlab.core.experiment.landscape.LossLandscapes;
import org.gradientlab.core.experiment.landscape.Plane;
import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.core.experiment.landscape.PathTrainer;
import org.gradientlab.core.experiment.landscape.TrainedPath;

/**
 * Wall time of the loss landscape's grid (issue 18: a 21×21 grid on 1000 images in at most
 * 10 s on two cores): trains the book's net (784-100×4-10, SGD, 1000 iterations, with and without
 * batch norm), then times {@code runs} evaluations of an n×n filter-normalised slice on 1 thread
 * and on {@code threads}, alternated. Run: {@code java --add-modules jdk.incubator.vector -cp
 * target/classes:COMMONS_MATH_JAR org.gradientlab.core.bench.LandscapeBenchmark [n] [images] [runs] [threads]}
 * or from the jar with {@code -cp target/gradient-lab.jar}.
 */
public final class LandscapeBenchmark {
    private LandscapeBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int images = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Mnist data = Mnist.bundled();
        Dataset measured = data.train().first(images);
        for (boolean batchNorm : new boolean[] {false, true}) {
            LandscapeConfig config = LandscapeConfig.defaults().withBatchNorm(batchNorm).withGrid(n).withImages(images);
            long start = System.nanoTime();
            TrainedPath path = PathTrainer.train(config.network(1), config.optimizerSettings(), data.train(),
                    LandscapeConfig.BATCH_SIZE, config.iterations(), config.snapshotEvery(), 2, () -> false, i -> { });
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            double[] last = path.last();
            SplittableRandom random = new SplittableRandom(3);
            Plane plane = new Plane(PlaneKind.RANDOM, last, Directions.filterNormalized(path.layout(), last, random),
                    Directions.filterNormalized(path.layout(), last, random), new double[2]);
            double[] axis = LossLandscapes.axis(n, 1);
            LossEvaluator.Points points = (i, theta) -> plane.point(axis[i % n], axis[i / n], theta);
            System.out.printf(Locale.ROOT, "%s: training %d iterations %.2f s%n", config.label(), config.iterations(),
                    trainSeconds);
            for (int run = 0; run < runs; run++) {
                for (int t : new int[] {1, threads}) {
                    LossEvaluator evaluator = new LossEvaluator(path.network(), path.layout(), measured, t);
                    long begin = System.nanoTime();
                    evaluator.losses(n * n, points, () -> false, done -> { });
                    double seconds = (System.nanoTime() - begin) / 1e9;
                    System.out.printf(Locale.ROOT, "  run %d, %d thread(s): %dx%d grid on %d images %.2f s%n", run + 1,
                            t, n, n, images, seconds);
                }
            }
        }
    }
}
