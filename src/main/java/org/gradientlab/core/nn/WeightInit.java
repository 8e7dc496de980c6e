package org.gradientlab.core.nn;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How initial weights are drawn: N(0, std²) with std fixed or set by the fan-in n_in of the
 * layer (book: multi_layer_net_extend.py __init_weight). Biases start at 0, γ at 1, β at 0.
 */
public sealed interface WeightInit permits WeightInit.Fixed, WeightInit.FanIn {

    /** Xavier (Glorot & Bengio 2010, the book's form): std = √(1/n_in); book alias "sigmoid". */
    WeightInit XAVIER = FanIn.XAVIER;
    /** He (He et al. 2015): std = √(2/n_in); book alias "relu". */
    WeightInit HE = FanIn.HE;

    /** The standard deviation of the weights of a layer with {@code fanIn} inputs. */
    double std(int fanIn);

    /** Name in files and the UI: "xavier", "he", "std=0.01". */
    String label();

    /** A fixed standard deviation, as the book's {@code weight_init_std=0.01}. */
    static WeightInit ofStd(double std) {
        return new Fixed(std);
    }

    /**
     * Parses "xavier" (or "sigmoid"), "he" (or "relu"), as the book's code accepts them, or a
     * positive number such as "0.01", optionally written "std=0.01".
     */
    static WeightInit parse(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "xavier", "sigmoid" -> { return XAVIER; }
            case "he", "relu" -> { return HE; }
            default -> { }
        }
        String number = name.startsWith("std=") ? name.substring(4) : name;
        try {
            return new Fixed(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "weight init must be xavier, he or a positive number such as 0.01; got '" + text + "'");
        }
    }

    /** Fills {@code weights} (a layer with {@code fanIn} inputs) with std · N(0, 1) draws. */
    default void fill(float[] weights, int fanIn, RandomGenerator random) {
        double std = std(fanIn);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (std * random.nextGaussian());
        }
    }

    /** N(0, std²) whatever the layer. */
    record Fixed(double std) implements WeightInit {
        public Fixed {
            if (!(std > 0 && Double.isFinite(std))) {
                throw new IllegalArgumentException("weight init std must be a positive number, got " + std);
            }
        }

        @Override
        public double std(int fanIn) {
            return std;
        }

        @Override
        public String label() {
            return "std=" + std;
        }
    }

    /** N(0, gain/n_in). */
    enum FanIn implements WeightInit {
        XAVIER("xavier", 1.0),
        HE("he", 2.0);

        private final String label;
        private final double gain;

        FanIn(String label, double gain) {
            this.label = label;
            this.gain = gain;
        }

        @Override
        public double std(int fanIn) {
            if (fanIn < 1) {
                throw new IllegalArgumentException("fan-in must be at least 1, got " + fanIn);
            }
            return Math.sqrt(gain / fanIn);
        }

        @Override
        public String label() {
            return label;
        }
    }
}
