package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MultiLayerNetConfigTest {
    private static final MultiLayerNetConfig VALID = MultiLayerNetConfig.of(784, List.of(100, 100), 10, 1);

    private static String message(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }

    @Test
    void namesTheParameterAndItsRangeWhenInvalid() {
        assertEquals("inputSize must be in [1, 65536], got 0",
                message(() -> MultiLayerNetConfig.of(0, List.of(100), 10, 1)));
        assertEquals("hiddenSizes[1] must be in [1, 65536], got -3",
                message(() -> MultiLayerNetConfig.of(784, List.of(100, -3), 10, 1)));
        assertEquals("hiddenSizes[0] must be in [1, 65536], got null",
                message(() -> MultiLayerNetConfig.of(784, Arrays.asList((Integer) null), 10, 1)));
        assertEquals("outputSize must be in [2, 65536], got 1",
                message(() -> MultiLayerNetConfig.of(784, List.of(100), 1, 1)));
        assertEquals("dropoutRatio must be in [0, 1), got 1.0", message(() -> VALID.withDropoutRatio(1)));
        assertEquals("weightDecay must be a finite number >= 0, got -0.1", message(() -> VALID.withWeightDecay(-0.1)));
        assertThrows(NullPointerException.class, () -> VALID.withActivation(null));
    }

    @Test
    void keepsItsOwnCopyOfTheHiddenSizes() {
        List<Integer> sizes = new ArrayList<>(List.of(50, 40));
        MultiLayerNetConfig config = MultiLayerNetConfig.of(10, sizes, 3, 1);
        sizes.set(0, 7);
        assertEquals(List.of(50, 40), config.hiddenSizes());
    }
}
