package org.gradientlab.ui.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.gradientlab.ui.concepts.activations.ActivationsSetup;
import org.gradientlab.ui.concepts.conv.ConvSetup;
import org.gradientlab.ui.concepts.ensembles.EnsemblesSetup;
import org.gradientlab.ui.concepts.preprocessing.PreprocessingSetup;

/** The concepts pages' setup records refuse what a scene file must not bring, naming the field. */
class ConceptsSetupsTest {
    private static void rejects(String field, Supplier<Record> made) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, made::get);
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }

    @Test
    void activationsRefuseAnUnknownFunctionAndParametersOutsideTheSliders() {
        rejects("function", () -> new ActivationsSetup("swish", 0.01, 1, 0.25, 1, 0, 0.1, 0));
        rejects("function", () -> new ActivationsSetup(null, 0.01, 1, 0.25, 1, 0, 0.1, 0));
        rejects("leakySlope", () -> new ActivationsSetup("relu", Double.NaN, 1, 0.25, 1, 0, 0.1, 0));
        rejects("eluAlpha", () -> new ActivationsSetup("relu", 0.01, 5, 0.25, 1, 0, 0.1, 0));
        rejects("preluAlpha", () -> new ActivationsSetup("relu", 0.01, 1, -2, 1, 0, 0.1, 0));
        rejects("maxoutB2", () -> new ActivationsSetup("relu", 0.01, 1, 0.25, 1, 0, 0.1, Double.NEGATIVE_INFINITY));
        assertEquals("maxout", new ActivationsSetup("maxout", 0.01, 1, 0.25, 1, 0, 0.1, 0).function());
    }

    @Test
    void ensemblesRefuseNetsAndRatiosTheSlidersCannotReach() {
        rejects("nets", () -> new EnsemblesSetup(0, 0.5));
        rejects("nets", () -> new EnsemblesSetup(11, 0.5));
        rejects("dropoutRatio", () -> new EnsemblesSetup(3, 0.9));
        rejects("dropoutRatio", () -> new EnsemblesSetup(3, Double.NaN));
    }

    @Test
    void preprocessingRefusesAnUnknownPresetAndNonFinitePoints() {
        rejects("preset", () -> new PreprocessingSetup("spiral", 1, null, false));
        rejects("points.x", () -> new PreprocessingSetup("correlated", 1,
                List.of(new PreprocessingSetup.Point(Double.NaN, 0)), false));
        rejects("points.y", () -> new PreprocessingSetup("two-clusters", 1,
                List.of(new PreprocessingSetup.Point(0, Double.POSITIVE_INFINITY)), false));
        rejects("points (count)", () -> new PreprocessingSetup("correlated", 1,
                java.util.Collections.nCopies(2001, new PreprocessingSetup.Point(0, 0)), false));
        assertNull(new PreprocessingSetup("nearly-line", 1, null, true).points());
    }

    @Test
    void convRefusesValuesOutsideTheirFieldsRanges() {
        rejects("width", () -> new ConvSetup(false, 0, 7, 1, 3, 1, 0, 1, 0, 2));
        rejects("depth", () -> new ConvSetup(false, 7, 7, 5000, 3, 1, 0, 1, 0, 2));
        rejects("stride", () -> new ConvSetup(false, 7, 7, 1, 3, 0, 0, 1, 0, 2));
        rejects("padding", () -> new ConvSetup(false, 7, 7, 1, 3, 1, -1, 1, 0, 2));
        rejects("filters", () -> new ConvSetup(false, 7, 7, 1, 3, 1, 0, 0, 0, 2));
        rejects("step", () -> new ConvSetup(false, 7, 7, 1, 3, 1, 0, 1, -1, 2));
        rejects("speed", () -> new ConvSetup(false, 7, 7, 1, 3, 1, 0, 1, 0, Double.NaN));
        rejects("speed", () -> new ConvSetup(false, 7, 7, 1, 3, 1, 0, 1, 0, 100));
    }
}
