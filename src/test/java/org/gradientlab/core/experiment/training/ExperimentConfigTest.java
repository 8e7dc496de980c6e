package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.RegularizationComparison.Regularizer;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

class ExperimentConfigTest {

    private static void assertRejected(String fragment, Supplier<?> build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    /** What the training lab counts as a run's total: the schedule's updates, not epochs × ⌈n / batch⌉. */
    @Test
    void iterationsPerSeriesCountTheUpdatesTheScheduleMakes() {
        assertEquals(2000, OptimizerComparison.book().iterationsPerSeries());
        // 300 images in batches of 100: 3 per epoch; 201 epochs evaluate after 1 + 200 × 3 updates.
        assertEquals(601, RegularizationComparison.book(Regularizer.WEIGHT_DECAY).iterationsPerSeries());
        assertEquals(901, RegularizationComparison.book(Regularizer.DROPOUT).iterationsPerSeries());
        // 1000 images, batch 100: 10 per epoch, 20 epochs: 1 + 19 × 10.
        assertEquals(191, BatchNormComparison.book().iterationsPerSeries());
        // 500 images less 100 held out: 4 batches per epoch, 50 epochs: 1 + 49 × 4.
        assertEquals(197, HyperparameterSearch.book().iterationsPerSeries());
    }

    @Test
    void bookOptimizerComparisonHasTheScriptsSettings() {
        OptimizerComparison c = OptimizerComparison.book();
        assertEquals(List.of("sgd", "momentum", "adagrad", "adam"), c.seriesNames());
        assertEquals(List.of(0.01, 0.01, 0.01, 0.001),
                c.optimizers().stream().map(OptimizerSettings::learningRate).toList());
        assertEquals(List.of(100, 100, 100, 100), c.setup().hiddenSizes());
        assertEquals(WeightInit.HE, c.setup().weightInit());
        assertEquals(128, c.setup().batchSize());
        assertEquals(2000, c.iterations());
        assertEquals(60_000, c.setup().trainSize());
    }

    @Test
    void bookInitComparisonNamesTheInits() {
        InitComparison c = InitComparison.book();
        assertEquals(List.of("std=0.01", "xavier", "he"), c.seriesNames());
        assertEquals(OptimizerKind.SGD, c.setup().optimizer().kind());
        assertEquals(0.01, c.setup().optimizer().learningRate());
    }

    @Test
    void bookBatchNormComparisonPairsSixteenScalesFromOneToTenThousandth() {
        BatchNormComparison c = BatchNormComparison.book();
        assertEquals(16, c.weightScales().size());
        assertEquals(1.0, c.weightScales().get(0), 1e-15);
        assertEquals(Math.pow(10, -4.0 / 15), c.weightScales().get(1), 1e-15);
        assertEquals(1e-4, c.weightScales().get(15), 1e-18);
        List<String> names = c.seriesNames();
        assertEquals(32, names.size());
        assertEquals(List.of("bn w=1", "no-bn w=1", "bn w=0.5412", "no-bn w=0.5412"), names.subList(0, 4));
        assertEquals("no-bn w=0.0001", names.get(31));
        assertEquals(List.of(100, 100, 100, 100, 100), c.setup().hiddenSizes());
        assertEquals(1000, c.setup().trainSize());
        assertEquals(20, c.epochs());
    }

    @Test
    void bookRegularizationComparisonsUseThreeHundredImagesAndSixHiddenLayers() {
        RegularizationComparison decay = RegularizationComparison.book(Regularizer.WEIGHT_DECAY);
        assertEquals(List.of("wd=0.1", "wd=0"), decay.seriesNames());
        assertEquals(201, decay.epochs());
        RegularizationComparison dropout = RegularizationComparison.book(Regularizer.DROPOUT);
        assertEquals(List.of("dropout=0.2", "dropout=0"), dropout.seriesNames());
        assertEquals(301, dropout.epochs());
        for (ExperimentConfig c : List.of(decay, dropout)) {
            assertEquals(300, c.setup().trainSize());
            assertEquals(6, c.setup().hiddenSizes().size());
            assertEquals(100, c.setup().batchSize());
        }
    }

    @Test
    void hyperparameterDrawsLieInTheBooksRangesAndFollowTheSeed() {
        HyperparameterSearch search = HyperparameterSearch.book();
        List<HyperparameterSearch.Trial> trials = search.trialDraws();
        assertEquals(100, trials.size());
        for (HyperparameterSearch.Trial trial : trials) {
            assertTrue(trial.learningRate() >= 1e-6 && trial.learningRate() <= 1e-2, trial.toString());
            assertTrue(trial.weightDecay() >= 1e-8 && trial.weightDecay() <= 1e-4, trial.toString());
        }
        // Log-uniform: about half the draws below the middle exponent.
        long low = trials.stream().filter(t -> t.learningRate() < 1e-4).count();
        assertTrue(low > 30 && low < 70, low + " of 100 below 1e-4");
        assertEquals(trials, search.trialDraws());
        HyperparameterSearch other = search.withSetup(search.setup().withSeed(1));
        assertNotEquals(trials, other.trialDraws());
        assertTrue(search.seriesNames().get(0).matches("trial 1 lr=\\S+ wd=\\S+"), search.seriesNames().get(0));
    }

    @Test
    void plansShareWeightsSeedAndBatchesAndKeepTheFullTrainingSet() {
        Mnist data = Mnist.bundled();
        List<SeriesPlan> plans = OptimizerComparison.book().plan(data);
        assertEquals(4, plans.size());
        for (SeriesPlan plan : plans) {
            assertSame(data.train(), plan.train(), "60000 images are not copied");
            assertSame(data.test(), plan.test());
            assertNull(plan.validation());
            assertEquals(plans.get(0).network().seed(), plan.network().seed());
            assertEquals(plans.get(0).batchSeed(), plan.batchSeed());
        }
        List<SeriesPlan> search = HyperparameterSearch.book().withTrials(2).plan(data);
        assertEquals(400, search.get(0).train().count());
        assertEquals(100, search.get(0).validation().count());
        assertNull(search.get(0).test());
        assertEquals(4, search.get(0).schedule().interval(), "400 images / batch 100");
        assertEquals(197, search.get(0).schedule().iterations(), "(50 − 1) · 4 + 1");
    }

    @Test
    void comparedValueReplacesTheSetupsField() {
        List<SeriesPlan> plans = BatchNormComparison.book().withWeightScales(List.of(0.1)).plan(Mnist.bundled());
        assertEquals(2, plans.size());
        assertTrue(plans.get(0).network().batchNorm());
        assertFalse(plans.get(1).network().batchNorm());
        assertEquals(WeightInit.ofStd(0.1), plans.get(1).network().weightInit());
        assertEquals(0.1, RegularizationComparison.book(Regularizer.WEIGHT_DECAY).plan(Mnist.bundled()).get(0).network().weightDecay());
        assertEquals(0.2, RegularizationComparison.book(Regularizer.DROPOUT).plan(Mnist.bundled()).get(0).network().dropoutRatio());
    }

    @Test
    void rejectsBadSettingsNamingTheParameter() {
        OptimizerComparison book = OptimizerComparison.book();
        assertRejected("iterations", () -> book.withLength(0));
        assertRejected("evaluation interval", () -> book.withEvaluateEvery(-1));
        assertRejected("optimizers must not repeat", () -> book.withOptimizers(
                List.of(OptimizerSettings.defaults(OptimizerKind.SGD), OptimizerSettings.defaults(OptimizerKind.SGD))));
        assertRejected("optimizers must hold 1 to 12", () -> book.withOptimizers(List.of()));
        assertRejected("batch size", () -> book.setup().withBatchSize(0));
        assertRejected("training-set size", () -> book.setup().withTrainSize(60_001));
        assertRejected("hidden layers", () -> book.setup().withHiddenSizes(List.of()));
        assertRejected("hiddenSizes[1]", () -> book.setup().withHiddenSizes(List.of(10, 0)));
        assertRejected("dropoutRatio", () -> book.setup().withDropoutRatio(1));
        assertRejected("weight init std", () -> BatchNormComparison.book().withWeightScales(List.of(0.1, -1.0)));
        assertRejected("epochs", () -> BatchNormComparison.book().withLength(0));
        assertRejected("weightDecay", () -> RegularizationComparison.book(Regularizer.WEIGHT_DECAY).withStrengths(List.of(Double.NaN)));
        // A ratio is checked as a ratio when the config is made, not first when it is planned.
        assertRejected("dropoutRatio", () -> RegularizationComparison.book(Regularizer.DROPOUT).withStrengths(List.of(0.2, 1.5)));
        assertRejected("trials", () -> HyperparameterSearch.book().withTrials(0));
        assertRejected("validation fraction", () -> HyperparameterSearch.book().withSetup(
                HyperparameterSearch.book().setup().withTrainSize(4)));
        assertRejected("exponent range", () -> new HyperparameterSearch.Range(-2, -6));
        assertRejected("size 60000 exceeds the 100", () -> book.withSetup(book.setup().withTrainSize(60_000))
                .plan(new Mnist(Mnist.bundled().train().first(100), Mnist.bundled().test())));
    }

    @Test
    void kindsRoundTripTheirIdsAndRejectOthers() {
        for (ExperimentKind kind : ExperimentKind.values()) {
            assertEquals(kind, ExperimentKind.fromId(kind.id()));
            assertEquals(kind, kind.book().kind());
        }
        assertRejected("expected one of optimizers, init, batchnorm", () -> ExperimentKind.fromId("bn"));
    }

    @Test
    void formatsNumbersWithFourSignificantDigits() {
        assertEquals("0.1", Plans.number(0.1));
        assertEquals("1", Plans.number(1.0));
        assertEquals("0", Plans.number(0.0));
        assertEquals("0.002154", Plans.number(Math.pow(10, -8.0 / 3)));
        assertEquals("1.235e-06", Plans.number(1.23456e-6));
        assertEquals("1e-07", Plans.number(1e-7));
    }
}
