package org.gradientlab.ui.concepts.activations;

import java.util.Arrays;

import org.gradientlab.core.concepts.activations.ActivationSettings;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.concepts.activations.MaxoutPieces;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The activation gallery as a saved scene holds it: the function on show and every function's
 * parameters, in the sliders' ranges.
 *
 * @param function a {@link GalleryFunction} id: sigmoid, tanh, relu, leaky-relu, prelu, elu, maxout
 */
public record ActivationsSetup(String function, double leakySlope, double eluAlpha, double preluAlpha,
                               double maxoutW1, double maxoutB1, double maxoutW2, double maxoutB2) {
    public ActivationsSetup {
        SetupChecks.oneOf("function", function, Arrays.stream(GalleryFunction.values()).map(GalleryFunction::id)
                .toList());
        SetupChecks.in("leakySlope", leakySlope, ActivationSettings.LEAKY_MIN, ActivationSettings.LEAKY_MAX);
        SetupChecks.in("eluAlpha", eluAlpha, ActivationSettings.ELU_MIN, ActivationSettings.ELU_MAX);
        SetupChecks.in("preluAlpha", preluAlpha, ActivationSettings.PRELU_MIN, ActivationSettings.PRELU_MAX);
        SetupChecks.in("maxoutW1", maxoutW1, -MaxoutPieces.LIMIT, MaxoutPieces.LIMIT);
        SetupChecks.in("maxoutB1", maxoutB1, -MaxoutPieces.LIMIT, MaxoutPieces.LIMIT);
        SetupChecks.in("maxoutW2", maxoutW2, -MaxoutPieces.LIMIT, MaxoutPieces.LIMIT);
        SetupChecks.in("maxoutB2", maxoutB2, -MaxoutPieces.LIMIT, MaxoutPieces.LIMIT);
    }

    static ActivationsSetup of(GalleryFunction function, ActivationSettings s) {
        MaxoutPieces m = s.maxout();
        return new ActivationsSetup(function.id(), s.leakySlope(), s.eluAlpha(), s.preluAlpha(), m.w1(), m.b1(), m.w2(),
                m.b2());
    }

    GalleryFunction galleryFunction() {
        return Arrays.stream(GalleryFunction.values()).filter(f -> f.id().equals(function)).findFirst().orElseThrow();
    }

    ActivationSettings settings() {
        return new ActivationSettings(leakySlope, eluAlpha, preluAlpha,
                new MaxoutPieces(maxoutW1, maxoutB1, maxoutW2, maxoutB2));
    }
}
