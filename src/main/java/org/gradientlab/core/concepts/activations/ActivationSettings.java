package org.gradientlab.core.concepts.activations;

import java.util.Objects;

import org.gradientlab.core.nn.Elu;
import org.gradientlab.core.nn.LeakyRelu;
import org.gradientlab.core.nn.PRelu;

/**
 * The adjustable parameters of the gallery's functions; each function reads only its own.
 *
 * @param leakySlope α of Leaky ReLU, in [{@link #LEAKY_MIN}, {@link #LEAKY_MAX}] (default .01)
 * @param eluAlpha   α of ELU, in [{@link #ELU_MIN}, {@link #ELU_MAX}] (default 1)
 * @param preluAlpha α of PReLU, in [{@link #PRELU_MIN}, {@link #PRELU_MAX}] (He et al.'s start .25)
 * @param maxout     the two pieces of Maxout
 */
public record ActivationSettings(double leakySlope, double eluAlpha, double preluAlpha, MaxoutPieces maxout) {
    public static final double LEAKY_MIN = 0.001;
    public static final double LEAKY_MAX = 0.9;
    public static final double ELU_MIN = 0.1;
    public static final double ELU_MAX = 3;
    public static final double PRELU_MIN = -1;
    public static final double PRELU_MAX = 1;
    public static final ActivationSettings DEFAULT = new ActivationSettings(LeakyRelu.DEFAULT_SLOPE,
            Elu.DEFAULT_ALPHA, PRelu.DEFAULT_ALPHA, MaxoutPieces.DEFAULT);

    public ActivationSettings {
        requireIn("leaky ReLU alpha", leakySlope, LEAKY_MIN, LEAKY_MAX);
        requireIn("ELU alpha", eluAlpha, ELU_MIN, ELU_MAX);
        requireIn("PReLU alpha", preluAlpha, PRELU_MIN, PRELU_MAX);
        Objects.requireNonNull(maxout, "maxout");
    }

    public ActivationSettings withLeakySlope(double value) {
        return new ActivationSettings(value, eluAlpha, preluAlpha, maxout);
    }

    public ActivationSettings withEluAlpha(double value) {
        return new ActivationSettings(leakySlope, value, preluAlpha, maxout);
    }

    public ActivationSettings withPreluAlpha(double value) {
        return new ActivationSettings(leakySlope, eluAlpha, value, maxout);
    }

    public ActivationSettings withMaxout(MaxoutPieces value) {
        return new ActivationSettings(leakySlope, eluAlpha, preluAlpha, value);
    }

    /**
     * Whether {@code function} is computed here as the core {@link org.gradientlab.core.nn.Activation}
     * computes it, whose Leaky ReLU and ELU have their default α.
     */
    public boolean matchesCoreDefaults(GalleryFunction function) {
        return switch (function) {
            case LEAKY_RELU -> (float) leakySlope == LeakyRelu.DEFAULT_SLOPE;
            case ELU -> (float) eluAlpha == Elu.DEFAULT_ALPHA;
            default -> true;
        };
    }

    private static void requireIn(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
