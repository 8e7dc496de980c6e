package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;

class TrainingLabSetupTest {
    private static TrainingLabSetup setup(String experiment, String optimizer, double lr, String init, String activation,
                                          List<Integer> hidden, int batch, double dropout) {
        return new TrainingLabSetup(experiment, optimizer, lr, init, activation, hidden, batch, 50, false, dropout,
                0.1, 1000, 7);
    }

    private static void rejects(String field, Supplier<TrainingLabSetup> made) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, made::get);
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }

    @Test
    void readsTheIdsTheCommandLineWrites() {
        TrainingParameters p = setup("batchnorm", "adam", 0.001, "0.05", "leaky-relu", List.of(100, 50), 64, 0.2)
                .parameters();
        assertEquals(Preset.BATCH_NORM, p.preset());
        assertEquals(OptimizerKind.ADAM, p.optimizer());
        assertEquals(WeightInit.ofStd(0.05), p.init());
        assertEquals(Activation.LEAKY_RELU, p.activation());
        assertEquals(List.of(100, 50), p.hiddenSizes());
        assertEquals(p, TrainingLabSetup.of(p).parameters());
        assertEquals("he", TrainingLabSetup.of(CoreBackend.preset(Preset.OPTIMIZERS).withSeed(1)).init());
    }

    @Test
    void rejectsUnknownIdsNamingTheField() {
        rejects("experiment", () -> setup("gan", "adam", 0.01, "he", "relu", List.of(10), 10, 0));
        rejects("optimizer", () -> setup("custom", "lion", 0.01, "he", "relu", List.of(10), 10, 0));
        rejects("init", () -> setup("custom", "adam", 0.01, "kaiming-ish", "relu", List.of(10), 10, 0));
        rejects("init", () -> setup("custom", "adam", 0.01, "-0.5", "relu", List.of(10), 10, 0));
        rejects("activation", () -> setup("custom", "adam", 0.01, "he", "swish", List.of(10), 10, 0));
        rejects("experiment", () -> setup(null, "adam", 0.01, "he", "relu", List.of(10), 10, 0));
    }

    @Test
    void rejectsNonFiniteAndOutOfRangeNumbersNamingTheField() {
        rejects("learningRate", () -> setup("custom", "adam", Double.NaN, "he", "relu", List.of(10), 10, 0));
        rejects("learningRate", () -> setup("custom", "adam", Double.POSITIVE_INFINITY, "he", "relu", List.of(10), 10, 0));
        rejects("learningRate", () -> setup("custom", "adam", 0, "he", "relu", List.of(10), 10, 0));
        rejects("learningRate", () -> setup("custom", "adam", 101, "he", "relu", List.of(10), 10, 0));
        rejects("dropoutRatio", () -> setup("custom", "adam", 0.01, "he", "relu", List.of(10), 10, 1));
        rejects("dropoutRatio", () -> setup("custom", "adam", 0.01, "he", "relu", List.of(10), 10, Double.NaN));
        rejects("batchSize", () -> setup("custom", "adam", 0.01, "he", "relu", List.of(10), 0, 0));
        rejects("hiddenSizes", () -> setup("custom", "adam", 0.01, "he", "relu", List.of(), 10, 0));
        rejects("hiddenSizes", () -> setup("custom", "adam", 0.01, "he", "relu", List.of(10, 5000), 10, 0));
        rejects("hiddenSizes", () -> setup("custom", "adam", 0.01, "he", "relu", java.util.Collections.nCopies(21, 10),
                10, 0));
        rejects("trainSize", () -> new TrainingLabSetup("custom", "adam", 0.01, "he", "relu", List.of(10), 10, 5, false,
                0, 0, 60_001, 1));
        rejects("length", () -> new TrainingLabSetup("custom", "adam", 0.01, "he", "relu", List.of(10), 10, 0, false,
                0, 0, 100, 1));
        rejects("weightDecay", () -> new TrainingLabSetup("custom", "adam", 0.01, "he", "relu", List.of(10), 10, 5,
                false, 0, -1, 100, 1));
    }
}
