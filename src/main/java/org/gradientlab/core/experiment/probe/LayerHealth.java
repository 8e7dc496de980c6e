package org.gradientlab.core.experiment.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradientlab.core.nn.Activation;

/**
 * What a teacher says about one layer of the activation-histogram experiment (book 6.2.2;
 * CS231n lecture 6): healthy, vanishing, saturated or exploding, with the reason and the number
 * behind it.
 *
 * <p>Rules for activations, first match wins:
 * <ol>
 * <li>a non-finite mean or std: exploding ({@link Reason#OVERFLOW});</li>
 * <li>at least {@link #SATURATED_SHARE} of the values within {@link LayerStatistics#SATURATION_MARGIN}
 *     of a bound of sigmoid, tanh or ELU: saturated, the gradient there is nearly 0;</li>
 * <li>an unbounded activation (ReLU family, ELU) with std above {@link #EXPLODED_STD}, many times
 *     the N(0, 1) input's: exploding;</li>
 * <li>at least {@link #DEAD_SHARE} exact zeros: vanishing, the ReLUs are dead;</li>
 * <li>std below {@link #COLLAPSED_SPREAD} of the activation's unit (the output range where bounded
 *     on both sides, else the input's std 1): vanishing; when |mean| exceeds 3·std the values sit
 *     at one non-zero value (sigmoid at 0.5: limited expressiveness, 표현력 제한), else they
 *     shrink to 0;</li>
 * <li>ReLU family from layer 2: the root mean square √(mean² + std²) against the previous
 *     layer's. He init keeps it (He et al. 2015, eq. 10), Xavier halves its square each layer
 *     (ratio 0.71); below {@link #SHRINK_RATIO} vanishing, above 1/{@link #SHRINK_RATIO} exploding.
 *     Sigmoid and tanh are left out: their spread settles after a first drop (Xavier + sigmoid
 *     goes 0.21 → 0.13 and stays), which is healthy.</li>
 * <li>otherwise healthy; for ReLU with at least {@link #HALF_ZERO_SHARE} exact zeros the reason says
 *     that about half are 0 by design ({@link Reason#HALF_ZERO}).</li>
 * </ol>
 * Gradients are compared with the N(0, 1) upstream gradient: std below {@link #VANISHED_GRADIENT}
 * vanishing, above {@link #EXPLODED_GRADIENT} exploding.
 *
 * @param cue    the colour a view shows
 * @param reason why, for a one-line text
 * @param value  the number the reason quotes: a share, a std or a ratio (see {@link Reason})
 */
public record LayerHealth(Cue cue, Reason reason, double value) {

    public static final double SATURATED_SHARE = 0.2;
    public static final double EXPLODED_STD = 3;
    public static final double DEAD_SHARE = 0.9;
    /** From this share of exact zeros a healthy ReLU layer says why so many are 0 ({@link Reason#HALF_ZERO}). */
    public static final double HALF_ZERO_SHARE = 0.25;
    public static final double COLLAPSED_SPREAD = 0.05;
    public static final double SHRINK_RATIO = 0.8;
    public static final double VANISHED_GRADIENT = 0.05;
    public static final double EXPLODED_GRADIENT = 20;

    public enum Cue { HEALTHY, VANISHING, SATURATED, EXPLODING }

    /** Each reason with the meaning of {@link #value()}. */
    public enum Reason {
        /** value: std. */
        SPREAD(Cue.HEALTHY),
        /**
         * value: share of exact zeros. Healthy, yet a card that said only "healthy" beside
         * "dead 50 %" read as a contradiction: ReLU zeroes every negative input, so about half
         * of a healthy layer's outputs are exactly 0 by design.
         */
        HALF_ZERO(Cue.HEALTHY),
        /** value: share of values at the bounds. */
        AT_BOUNDS(Cue.SATURATED),
        /** value: std. */
        GROWN(Cue.EXPLODING),
        /** value: NaN. */
        OVERFLOW(Cue.EXPLODING),
        /** value: share of exact zeros. */
        DEAD(Cue.VANISHING),
        /** value: the mean all values sit at. */
        COLLAPSED(Cue.VANISHING),
        /** value: std. */
        SHRUNK(Cue.VANISHING),
        /** value: ratio of root mean squares, this layer over the previous. */
        SHRINKING(Cue.VANISHING),
        /** value: the same ratio. */
        GROWING(Cue.EXPLODING),
        /** value: gradient std (upstream 1). */
        GRADIENT_SPREAD(Cue.HEALTHY),
        /** value: gradient std. */
        GRADIENT_VANISHED(Cue.VANISHING),
        /** value: gradient std. */
        GRADIENT_EXPLODED(Cue.EXPLODING);

        private final Cue cue;

        Reason(Cue cue) {
            this.cue = cue;
        }

        public Cue cue() {
            return cue;
        }
    }

    public LayerHealth {
        Objects.requireNonNull(reason, "reason");
        if (cue != reason.cue()) {
            throw new IllegalArgumentException("reason " + reason + " means " + reason.cue() + ", not " + cue);
        }
    }

    private LayerHealth(Reason reason, double value) {
        this(reason.cue(), reason, value);
    }

    /** One verdict per layer of {@code layers} (layer 1 first), the outputs of {@code activation}. */
    public static List<LayerHealth> ofActivations(List<LayerStatistics> layers, Activation activation) {
        List<LayerHealth> out = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            out.add(ofActivation(layers.get(i), i == 0 ? null : layers.get(i - 1), activation));
        }
        return out;
    }

    /** The verdict on one layer; {@code previous} is null for the first. */
    public static LayerHealth ofActivation(LayerStatistics layer, LayerStatistics previous, Activation activation) {
        double std = layer.std();
        if (!Double.isFinite(std) || !Double.isFinite(layer.mean())) {
            return new LayerHealth(Reason.OVERFLOW, Double.NaN);
        }
        if (layer.saturatedShare() >= SATURATED_SHARE) {
            return new LayerHealth(Reason.AT_BOUNDS, layer.saturatedShare());
        }
        boolean bounded = !Double.isNaN(activation.saturationHigh());
        if (!bounded && std > EXPLODED_STD) {
            return new LayerHealth(Reason.GROWN, std);
        }
        if (layer.zeroShare() >= DEAD_SHARE) {
            return new LayerHealth(Reason.DEAD, layer.zeroShare());
        }
        double unit = bounded && !Double.isNaN(activation.saturationLow())
                ? activation.saturationHigh() - activation.saturationLow() : 1;
        if (std < COLLAPSED_SPREAD * unit) {
            return Math.abs(layer.mean()) > 3 * std
                    ? new LayerHealth(Reason.COLLAPSED, layer.mean()) : new LayerHealth(Reason.SHRUNK, std);
        }
        if (previous != null && isReluFamily(activation)) {
            double ratio = rootMeanSquare(layer) / rootMeanSquare(previous);
            if (ratio < SHRINK_RATIO) {
                return new LayerHealth(Reason.SHRINKING, ratio);
            }
            if (ratio > 1 / SHRINK_RATIO) {
                return new LayerHealth(Reason.GROWING, ratio);
            }
        }
        if (activation == Activation.RELU && layer.zeroShare() >= HALF_ZERO_SHARE) {
            return new LayerHealth(Reason.HALF_ZERO, layer.zeroShare());
        }
        return new LayerHealth(Reason.SPREAD, std);
    }

    /** The verdict on the gradient reaching a layer's input, for an N(0, 1) upstream gradient. */
    public static LayerHealth ofGradient(LayerStatistics gradient) {
        double std = gradient.std();
        if (!Double.isFinite(std)) {
            return new LayerHealth(Reason.OVERFLOW, Double.NaN);
        }
        if (std < VANISHED_GRADIENT) {
            return new LayerHealth(Reason.GRADIENT_VANISHED, std);
        }
        if (std > EXPLODED_GRADIENT) {
            return new LayerHealth(Reason.GRADIENT_EXPLODED, std);
        }
        return new LayerHealth(Reason.GRADIENT_SPREAD, std);
    }

    /** The verdicts on every layer's gradient, layer 1 first. */
    public static List<LayerHealth> ofGradients(List<LayerStatistics> gradients) {
        return gradients.stream().map(LayerHealth::ofGradient).toList();
    }

    private static boolean isReluFamily(Activation activation) {
        return activation == Activation.RELU || activation == Activation.LEAKY_RELU;
    }

    private static double rootMeanSquare(LayerStatistics layer) {
        return Math.sqrt(layer.mean() * layer.mean() + layer.std() * layer.std());
    }
}
