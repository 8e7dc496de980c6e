package org.gradientlab.core.concepts.ensembles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;

class DropoutEnsembleTest {
    private static final SmallNet QUICK = new SmallNet(List.of(100, 100), 0.002, 100, 300, 2000, 2000);
    private static final Mnist MNIST = Mnist.bundled();

    @Test
    void maskedPassesDifferAndTheirMeanRowsSumToOne() {
        MultiLayerNet net = SmallNetTrainer.train(QUICK.withIterations(50), MNIST.train(), 0.5, 1, 2, () -> false,
                done -> { });
        Dataset test = MNIST.test().first(500);
        ProbabilitySum sum = new ProbabilitySum(test.count(), Mnist.CLASSES);
        Matrix first = ProbabilitySum.predict(net, test.imageMatrix(), true);
        sum.add(first);
        Matrix second = ProbabilitySum.predict(net, test.imageMatrix(), true);
        sum.add(second);
        assertNotEquals(Arrays.toString(first.data), Arrays.toString(second.data), "each pass draws a new mask");
        for (int m = 0; m < 8; m++) {
            sum.add(ProbabilitySum.predict(net, test.imageMatrix(), true));
        }
        double[] mean = sum.mean();
        for (int r = 0; r < test.count(); r++) {
            double row = 0;
            for (int c = 0; c < Mnist.CLASSES; c++) {
                assertTrue(mean[r * Mnist.CLASSES + c] >= 0);
                row += mean[r * Mnist.CLASSES + c];
            }
            assertEquals(1, row, 1e-5, "row " + r);
        }
    }

    @Test
    void maskedPassesComputeTheFixedLayersOnceAndMatchPredict() {
        SmallNet setup = QUICK.withIterations(1);
        MultiLayerNet a = new MultiLayerNet(setup.network(0.5, 9));
        MultiLayerNet b = new MultiLayerNet(setup.network(0.5, 9));
        Matrix x = MNIST.test().first(200).imageMatrix();
        MaskedPasses passes = new MaskedPasses(a, x);
        for (int m = 0; m < 3; m++) {
            assertArrayEquals(ProbabilitySum.predict(b, x, true).data, passes.next().data, "pass " + m);
        }
    }

    @Test
    void manyMaskedPassesComeNearTheScaledPassAndBeatOnePass() {
        List<Integer> iterations = new ArrayList<>();
        List<DropoutEnsembleResult> partial = new ArrayList<>();
        DropoutEnsembleConfig config = new DropoutEnsembleConfig(QUICK, 0.5, 60, 5);
        DropoutEnsembleResult result = DropoutEnsemble.run(config, MNIST, () -> false, iterations::add, partial::add);

        assertEquals(QUICK.iterations(), iterations.size());
        assertEquals(QUICK.iterations(), iterations.get(iterations.size() - 1));
        assertEquals(60, partial.size());
        DropoutEnsembleResult ten = partial.get(9);
        assertEquals(10, ten.config().passes());
        assertEquals(result.averagedAccuracy().subList(0, 10), ten.averagedAccuracy(), "the first 10 passes");
        assertEquals(result.averagedAccuracy(), partial.get(59).averagedAccuracy());
        assertEquals(60, result.averagedAccuracy().size());
        assertEquals(result.singlePassAccuracy().get(0), result.averagedAccuracy().get(0), 0,
                "the mean of one pass is that pass");
        assertTrue(result.scaledAccuracy() > 0.85, "the net learned: " + result.scaledAccuracy());
        // The lecture: scaling approximates E_z[f(x, z)], which the mean of many masks estimates.
        assertEquals(result.scaledAccuracy(), result.averaged(), 0.02, "scaled vs 60 passes");
        // One mask is one thinned net of half the units: clearly worse than the ensemble of 60.
        assertTrue(result.averaged() > result.meanSinglePass() + 0.01,
                result.averaged() + " vs one pass " + result.meanSinglePass());
    }

    @Test
    void cancellingStopsTrainingAtOnce() {
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger stepsDone = new AtomicInteger();
        DropoutEnsembleConfig config = new DropoutEnsembleConfig(QUICK, 0.5, 10, 0);
        assertThrows(CancellationException.class, () -> DropoutEnsemble.run(config, MNIST,
                () -> checks.incrementAndGet() > 5, stepsDone::set, partial -> fail("no pass after cancel")));
        assertEquals(5, stepsDone.get());
    }
}
