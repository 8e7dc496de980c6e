package org.gradientlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimizerSettingsTest {

    @Test
    void defaultsAreTheBooksClassDefaults() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            OptimizerSettings settings = OptimizerSettings.defaults(kind);
            assertEquals(kind == OptimizerKind.ADAM ? 0.001 : 0.01, settings.learningRate(), kind.id());
            assertEquals(0.9, settings.momentum());
            assertEquals(0.99, settings.decay());
            assertEquals(0.9, settings.beta1());
            assertEquals(0.999, settings.beta2());
        }
    }

    @Test
    void figureLearningRatesAreTheBooksTrajectoryScript() {
        assertEquals(0.95, OptimizerKind.SGD.figureLearningRate());
        assertEquals(0.1, OptimizerKind.MOMENTUM.figureLearningRate());
        assertEquals(1.5, OptimizerKind.ADAGRAD.figureLearningRate());
        assertEquals(0.3, OptimizerKind.ADAM.figureLearningRate());
    }

    @ParameterizedTest
    @CsvSource({"NaN", "0", "-0.1", "Infinity"})
    void rejectsLearningRateThatIsNotFiniteAndPositive(double lr) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(lr));
        assertEquals("learning rate must be a finite number > 0, got " + lr, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1.0", "-0.01", "NaN"})
    void rejectsMomentumOutsideHalfOpenUnitInterval(double momentum) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSettings.defaults(OptimizerKind.MOMENTUM).withMomentum(momentum));
        assertEquals("momentum must be in [0, 1), got " + momentum, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0.0", "1.0", "1.5"})
    void rejectsDecayOutsideOpenUnitInterval(double decay) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSettings.defaults(OptimizerKind.RMSPROP).withDecay(decay));
        assertEquals("decay must be in (0, 1), got " + decay, e.getMessage());
    }

    @Test
    void rejectsBetasOutsideHalfOpenUnitInterval() {
        OptimizerSettings adam = OptimizerSettings.defaults(OptimizerKind.ADAM);
        assertEquals("beta1 must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> adam.withBetas(1.0, 0.999)).getMessage());
        assertEquals("beta2 must be in [0, 1), got -0.5",
                assertThrows(IllegalArgumentException.class, () -> adam.withBetas(0.9, -0.5)).getMessage());
    }

    @Test
    void acceptsZeroMomentumAndBetas() {
        OptimizerSettings settings = OptimizerSettings.defaults(OptimizerKind.ADAM).withMomentum(0).withBetas(0, 0);
        assertEquals(0, settings.beta1());
    }

    @Test
    void createsTheOptimizerOfEachKind() {
        assertInstanceOf(SGD.class, OptimizerSettings.defaults(OptimizerKind.SGD).create());
        assertInstanceOf(Momentum.class, OptimizerSettings.defaults(OptimizerKind.MOMENTUM).create());
        assertInstanceOf(Nesterov.class, OptimizerSettings.defaults(OptimizerKind.NESTEROV).create());
        assertInstanceOf(AdaGrad.class, OptimizerSettings.defaults(OptimizerKind.ADAGRAD).create());
        assertInstanceOf(RMSProp.class, OptimizerSettings.defaults(OptimizerKind.RMSPROP).create());
        assertInstanceOf(Adam.class, OptimizerSettings.defaults(OptimizerKind.ADAM).create());
    }

    @Test
    void findsKindsByCommandLineId() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertEquals(kind, OptimizerKind.fromId(kind.id()));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromId("lbfgs"));
        assertEquals("unknown optimizer 'lbfgs', expected one of sgd, momentum, nesterov, adagrad, rmsprop, adam",
                e.getMessage());
    }
}
