package org.gradientlab.core.concepts.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class LayerGeometryTest {

    @Test
    void lectureLayerKeepsItsSizeAndHas760Parameters() {
        ConvLayer layer = new ConvLayer(32, 32, 3, 5, 1, 2, 10);
        assertTrue(layer.fits());
        assertEquals("32×32×10", layer.outputShape());
        // (5·5·3 + 1)·10: 75 weights and one bias per filter
        assertEquals(760, layer.parameters());
        assertEquals(750, layer.weights());
        assertEquals(OptionalLong.of(32L * 32 * 10 * 75), layer.operations());
        assertEquals("(5·5·3 + 1)·10 = 760", layer.parametersFormula());
        assertEquals("32·32·10·5·5·3 = 768,000", layer.operationsFormula());
        assertEquals("(32 − 5 + 2·2)/1 + 1 = 32", layer.horizontal().formula());
    }

    @Test
    void sevenBySevenWithStridesOneTwoAndThree() {
        assertEquals("5×5×1", new ConvLayer(7, 7, 1, 3, 1, 0, 1).outputShape());
        ConvLayer two = new ConvLayer(7, 7, 1, 3, 2, 0, 1);
        assertEquals("3×3×1", two.outputShape());
        assertEquals("(7 − 3 + 2·0)/2 + 1 = 3", two.horizontal().formula());
        ConvLayer three = new ConvLayer(7, 7, 1, 3, 3, 0, 1);
        assertFalse(three.fits());
        assertEquals("(7 − 3 + 2·0)/3 + 1 = 2.33", three.horizontal().formula());
        assertEquals(2, three.outputWidth(), "whole windows only");
        assertEquals(OptionalLong.empty(), three.operations());
        assertEquals("", three.operationsFormula());
    }

    @Test
    void fiveByFiveWithPadOneAndStrideTwoGivesThreeByThree() {
        ConvLayer layer = new ConvLayer(5, 5, 1, 3, 2, 1, 1);
        assertEquals("3×3×1", layer.outputShape());
        assertEquals(10, layer.parameters());
    }

    @Test
    void alexNetConv1() {
        ConvLayer layer = (ConvLayer) ConvPreset.ALEXNET_CONV1.layer();
        assertEquals("55×55×96", layer.outputShape());
        assertEquals(34_944, layer.parameters());
        assertEquals(OptionalLong.of(55L * 55 * 96 * 11 * 11 * 3), layer.operations());
    }

    @Test
    void maxPoolingHalvesTheSideAndLearnsNothing() {
        MaxPool pool = new MaxPool(224, 224, 64, 2, 2);
        assertEquals("112×112×64", pool.outputShape());
        assertEquals(0, pool.parameters());
        assertEquals(OptionalLong.of(112L * 112 * 64 * 3), pool.operations());
        assertEquals("(224 − 2)/2 + 1 = 112", pool.horizontal().formula());
    }

    @Test
    void rectangularInputsAreComputedPerAxis() {
        ConvLayer layer = new ConvLayer(9, 7, 2, 3, 2, 0, 4);
        assertEquals("4×3×4", layer.outputShape());
        ConvLayer oneBad = new ConvLayer(8, 7, 2, 3, 2, 0, 4);
        assertFalse(oneBad.fits());
        assertTrue(oneBad.vertical().fits());
    }

    @Test
    void suggestsTheNearestPaddingsAndStridesThatFit() {
        ConvLayer layer = new ConvLayer(7, 7, 1, 3, 3, 0, 1);
        List<Suggestion> s = layer.suggestions();
        // P = 1: (7 − 3 + 2)/3 + 1 = 3; S = 2: 4/2 + 1 = 3; S = 4: 4/4 + 1 = 2.
        assertEquals(List.of(new Suggestion(Field.PADDING, 1, 3, 3), new Suggestion(Field.STRIDE, 2, 3, 3),
                new Suggestion(Field.STRIDE, 4, 2, 2)), s);
        for (Suggestion each : s) {
            ConvLayer applied = each.field() == Field.PADDING ? new ConvLayer(7, 7, 1, 3, 3, each.value(), 1)
                    : new ConvLayer(7, 7, 1, 3, each.value(), 0, 1);
            assertTrue(applied.fits(), each.toString());
        }
        assertEquals(List.of(), new ConvLayer(7, 7, 1, 3, 2, 0, 1).suggestions());
    }

    @Test
    void suggestsStridesAndWindowsForPooling() {
        MaxPool pool = new MaxPool(7, 7, 1, 2, 2);
        assertFalse(pool.fits());
        assertEquals("(7 − 2)/2 + 1 = 3.5", pool.horizontal().formula());
        assertEquals(List.of(new Suggestion(Field.STRIDE, 1, 6, 6), new Suggestion(Field.STRIDE, 5, 2, 2),
                new Suggestion(Field.FILTER, 1, 4, 4), new Suggestion(Field.FILTER, 3, 3, 3)), pool.suggestions());
    }

    @Test
    void rejectsOutOfRangeFieldsNamingThem() {
        assertEquals("S (stride) must be between 1 and 1024, got 0",
                assertThrows(IllegalArgumentException.class, () -> new ConvLayer(7, 7, 1, 3, 0, 0, 1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConvLayer(-1, 7, 1, 3, 1, 0, 1))
                .getMessage().startsWith("W (input width) must be between 1 and"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConvLayer(7, 7, 1, 3, 1, -2, 1))
                .getMessage().startsWith("P (zero padding)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConvLayer(7, 7, 1, 3, 1, 0, 0))
                .getMessage().startsWith("K (number of filters)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MaxPool(7, 7, 0, 2, 2))
                .getMessage().startsWith("D (input depth)"));
    }

    @Test
    void rejectsAFilterWiderThanThePaddedInput() {
        assertEquals("F (filter size) must be at most the padded input min(W, H) + 2P = 9, got 11",
                assertThrows(IllegalArgumentException.class, () -> new ConvLayer(7, 8, 1, 11, 1, 1, 1)).getMessage());
        assertEquals(new ConvLayer(7, 7, 1, 9, 1, 1, 1).outputShape(), "1×1×1");
    }

    @Test
    void listsEveryProblemInFieldOrder() {
        List<FieldProblem> problems = ConvLayer.problems(0, 5, 1, 0, 0, -1, 0);
        assertEquals(List.of(Field.WIDTH, Field.FILTER, Field.STRIDE, Field.PADDING, Field.FILTERS),
                problems.stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), MaxPool.problems(4, 4, 1, 2, 2));
    }
}
