package org.gradientlab.core.concepts.ensembles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;

/** Real MNIST, small nets: 200 steps on 2000 images, tested on 2000 images. */
class EnsemblesTest {
    static final SmallNet QUICK = new SmallNet(List.of(30), 0.003, 100, 200, 2000, 2000);
    private static final Mnist MNIST = Mnist.bundled();

    @Test
    void averagingCopiesOfOneNetPredictsExactlyAsTheNet() {
        MultiLayerNet net = SmallNetTrainer.train(QUICK, MNIST.train(), 0, 7, 8, () -> false, done -> { });
        Dataset test = MNIST.test().first(QUICK.testSize());
        Matrix p = ProbabilitySum.predict(net, test.imageMatrix(), false);
        ProbabilitySum copies = new ProbabilitySum(test.count(), Mnist.CLASSES);
        for (int k = 0; k < 7; k++) {
            copies.add(p);
        }
        double[] mean = copies.mean();
        for (int i = 0; i < mean.length; i++) {
            assertEquals(p.data[i], mean[i], 0, "entry " + i);
        }
        for (int r = 0; r < test.count(); r++) {
            assertEquals(MultiLayerNet.argmax(p, r), copies.predicted(r), "row " + r);
        }
        assertEquals(net.accuracy(test.imageMatrix(), test.labels()), copies.accuracy(test.labels()), 0);
    }

    @Test
    void fiveNetsTogetherBeatTheirMeanMember() {
        Set<Integer> reported = new HashSet<>();
        ConcurrentLinkedQueue<Member> calls = new ConcurrentLinkedQueue<>();
        EnsembleResult result = Ensembles.run(new EnsembleConfig(QUICK, 5, 3), MNIST, () -> false, calls::add);

        assertEquals(5, result.members().size());
        calls.forEach(m -> reported.add(m.index()));
        assertEquals(Set.of(0, 1, 2, 3, 4), reported);
        assertEquals(5, result.members().stream().map(Member::seed).distinct().count(), "each net its own seed");
        assertTrue(result.members().stream().map(Member::testAccuracy).distinct().count() > 1,
                "different seeds give different nets: " + result.members());
        assertTrue(result.meanSingle() > 0.8, "each net learned: " + result.members());
        // The first "ensemble" is member 1 alone.
        assertEquals(result.members().get(0).testAccuracy(), result.ensembleAccuracy().get(0), 0);
        // Averaging five nets of this size gains about a point on MNIST; half a point is the floor.
        assertTrue(result.ensemble() >= result.meanSingle() + 0.005,
                "ensemble " + result.ensemble() + " against members " + result.members());

        // The accuracy of the first two, recomputed from the kept nets.
        Dataset test = MNIST.test().first(QUICK.testSize());
        ProbabilitySum two = new ProbabilitySum(test.count(), Mnist.CLASSES);
        for (MultiLayerNet net : result.nets().subList(0, 2)) {
            two.add(ProbabilitySum.predict(net, test.imageMatrix(), false));
        }
        assertEquals(two.accuracy(test.labels()), result.ensembleAccuracy().get(1), 0);
    }

    @Test
    void theFirstMembersDoNotDependOnHowManyFollow() {
        EnsembleResult two = Ensembles.run(new EnsembleConfig(QUICK.withIterations(50), 2, 11), MNIST, () -> false,
                m -> { });
        EnsembleResult three = Ensembles.run(new EnsembleConfig(QUICK.withIterations(50), 3, 11), MNIST,
                () -> false, m -> { });
        assertEquals(two.members(), three.members().subList(0, 2));
        assertEquals(two.ensembleAccuracy(), three.ensembleAccuracy().subList(0, 2));
        EnsembleResult otherSeed = Ensembles.run(new EnsembleConfig(QUICK.withIterations(50), 2, 12), MNIST,
                () -> false, m -> { });
        assertNotEquals(two.members().get(0).seed(), otherSeed.members().get(0).seed());
    }

    @Test
    void cancellingStopsEveryNetWithinAnIteration() {
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Ensembles.run(new EnsembleConfig(QUICK, 4, 0), MNIST,
                () -> checks.incrementAndGet() > 30, m -> finished.incrementAndGet()));
        assertEquals(0, finished.get());
        // Each net checks at most once after the flag turns, then stops (4 nets × 200 steps otherwise).
        assertTrue(checks.get() <= 30 + 4, "checks: " + checks);
    }

    @Test
    void aFailingMemberStopsTheOthersAndReportsItsOwnError() {
        AtomicInteger checks = new AtomicInteger();
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Ensembles.run(
                new EnsembleConfig(QUICK.withIterations(20), 6, 0), MNIST, () -> checks.incrementAndGet() < 0,
                m -> {
                    throw new IllegalStateException("member " + m.index() + " failed");
                }));
        assertTrue(error.getMessage().endsWith("failed"), error.getMessage());
        // The first failure stops every member still queued or training: far fewer than 6 × 20 checks.
        assertTrue(checks.get() < 6 * 20, "checks: " + checks);
    }

    @Test
    void rejectsOutOfRangeSettingsNamingThem() {
        IllegalArgumentException nets = assertThrows(IllegalArgumentException.class, () -> EnsembleConfig.of(11, 0));
        assertTrue(nets.getMessage().startsWith("nets must be in [1, 10]"), nets.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EnsembleConfig.of(0, 0));
        IllegalArgumentException lr = assertThrows(IllegalArgumentException.class,
                () -> new SmallNet(List.of(50), 0, 100, 100, 100, 100));
        assertTrue(lr.getMessage().contains("learning rate"), lr.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QUICK.withTestSize(10_001));
        assertThrows(IllegalArgumentException.class, () -> DropoutEnsembleConfig.of(0, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> DropoutEnsembleConfig.of(0.5, 1001, 0));
    }
}
