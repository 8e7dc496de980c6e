package org.gradientlab.core.concepts.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionsTest {
    private static List<Region> regions(GalleryFunction function, ActivationSettings settings) {
        return ActivationPortrait.of(function, settings).regions();
    }

    private static List<Region> regions(GalleryFunction function) {
        return regions(function, ActivationSettings.DEFAULT);
    }

    @Test
    void sigmoidSaturatesBeyondAboutThreePointSixOnBothSides() {
        // σ′(x) = 0.025 = a tenth of σ′(0) where σ = (1 + √0.9)/2, x = ln(σ/(1−σ)) = 3.636
        List<Region> found = regions(GalleryFunction.SIGMOID);
        assertEquals(2, found.size(), found.toString());
        assertEquals(new Region(Region.Kind.SATURATED, -5, -3.65), round(found.get(0)));
        assertEquals(new Region(Region.Kind.SATURATED, 3.65, 5), round(found.get(1)));
    }

    @Test
    void tanhSaturatesEarlierThanSigmoid() {
        // 1 − tanh²x = 0.1 at x = atanh(√0.9) = 1.818
        List<Region> found = regions(GalleryFunction.TANH);
        assertEquals(List.of(new Region(Region.Kind.SATURATED, -5, -1.825), new Region(Region.Kind.SATURATED, 1.825, 5)),
                found.stream().map(RegionsTest::round).toList());
    }

    @Test
    void reluIsDeadForNonPositiveInputsAndLeakyReluNowhere() {
        assertEquals(List.of(new Region(Region.Kind.DEAD, -5, 0)), regions(GalleryFunction.RELU));
        assertEquals(List.of(), regions(GalleryFunction.LEAKY_RELU));
        // Leaky's left slope .01 is under a tenth of 1, yet constant: no saturation either.
        assertEquals(List.of(), regions(GalleryFunction.LEAKY_RELU, ActivationSettings.DEFAULT.withLeakySlope(0.001)));
    }

    @Test
    void eluSaturatesOnTheLeftTowardsMinusAlpha() {
        for (double alpha : new double[] {0.5, 1, 2.5}) {
            ActivationPortrait portrait = ActivationPortrait.of(GalleryFunction.ELU,
                    ActivationSettings.DEFAULT.withEluAlpha(alpha));
            // α·eˣ < 0.1·max(1, α): x < ln(0.1·max(1, α)/α)
            double edge = Math.log(0.1 * Math.max(1, alpha) / alpha);
            Region left = portrait.regions().get(0);
            assertEquals(1, portrait.regions().size());
            assertEquals(Region.Kind.SATURATED, left.kind());
            assertEquals(-5, left.from(), 1e-12);
            assertEquals(edge, left.to(), 0.026, "α " + alpha);
            assertEquals(-alpha, portrait.curve().value()[0], 0.01 * alpha, "f(−5) near −α");
        }
    }

    @Test
    void preluDiesOnlyWithAlphaZeroAndMaxoutWithAFlatSide() {
        assertEquals(List.of(), regions(GalleryFunction.PRELU));
        assertEquals(List.of(new Region(Region.Kind.DEAD, -5, 0)),
                regions(GalleryFunction.PRELU, ActivationSettings.DEFAULT.withPreluAlpha(0)));
        assertEquals(List.of(), regions(GalleryFunction.MAXOUT));
        // max(x, 0) is ReLU, dead left of 0 (at 0 the pieces tie and the first one, slope 1, wins)
        List<Region> relu = regions(GalleryFunction.MAXOUT,
                ActivationSettings.DEFAULT.withMaxout(new MaxoutPieces(1, 0, 0, 0)));
        assertEquals(List.of(new Region(Region.Kind.DEAD, -5, -0.025)), relu.stream().map(RegionsTest::round).toList());
    }

    @Test
    void checklistFollowsTheSeeds() {
        ActivationPortrait sigmoid = ActivationPortrait.of(GalleryFunction.SIGMOID, ActivationSettings.DEFAULT);
        assertEquals(Answer.NO, sigmoid.fact(Check.ZERO_CENTRED).answer());
        assertEquals(Answer.YES, sigmoid.fact(Check.SATURATES).answer());
        assertEquals(Answer.NO, sigmoid.fact(Check.CHEAP).answer());
        assertEquals(Answer.NO, sigmoid.fact(Check.DIES).answer());
        assertFalse(sigmoid.fact(Check.SATURATES).good());
        assertEquals("concepts.activations.fact.sigmoid.saturates.yes", sigmoid.fact(Check.SATURATES).reasonKey());

        ActivationPortrait relu = ActivationPortrait.of(GalleryFunction.RELU, ActivationSettings.DEFAULT);
        assertEquals(Answer.YES, relu.fact(Check.DIES).answer());
        assertTrue(relu.fact(Check.CHEAP).good());
        assertTrue(ActivationPortrait.of(GalleryFunction.TANH, ActivationSettings.DEFAULT).fact(Check.ZERO_CENTRED).good());
        ActivationPortrait leaky = ActivationPortrait.of(GalleryFunction.LEAKY_RELU, ActivationSettings.DEFAULT);
        assertEquals(List.of(Answer.NO, Answer.NO, Answer.YES, Answer.NO),
                leaky.facts().stream().map(Fact::answer).toList());
    }

    /** The region with its ends rounded to the sample grid (0.025), free of float noise. */
    private static Region round(Region r) {
        return new Region(r.kind(), Math.round(r.from() * 40) / 40.0, Math.round(r.to() * 40) / 40.0);
    }
}
