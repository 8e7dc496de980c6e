package org.gradientlab.core.concepts.conv;

/** The worked examples of CS231n lecture 7, by id (the UI's preset list, the tests' cases). */
public enum ConvPreset {
    /** 32×32×3, ten 5×5 filters, stride 1, pad 2 → 32×32×10 and 760 parameters. */
    LECTURE_32("lecture-32", new ConvLayer(32, 32, 3, 5, 1, 2, 10)),
    /** 7×7 input, 3×3 filter, stride 1 → 5×5. */
    SEVEN_STRIDE_1("seven-s1", new ConvLayer(7, 7, 1, 3, 1, 0, 1)),
    /** Stride 2 → 3×3. */
    SEVEN_STRIDE_2("seven-s2", new ConvLayer(7, 7, 1, 3, 2, 0, 1)),
    /** Stride 3: (7 − 3)/3 + 1 = 2.33, does not fit. */
    SEVEN_STRIDE_3("seven-s3", new ConvLayer(7, 7, 1, 3, 3, 0, 1)),
    /** 5×5 input, 3×3 filter, pad 1, stride 2 → 3×3. */
    FIVE_PAD_1("five-p1", new ConvLayer(5, 5, 1, 3, 2, 1, 1)),
    /** AlexNet conv1: 227×227×3, 96 filters 11×11, stride 4 → 55×55×96, 34,944 parameters. */
    ALEXNET_CONV1("alexnet-conv1", new ConvLayer(227, 227, 3, 11, 4, 0, 96)),
    /** 224×224×64 max-pooled 2×2 with stride 2 → 112×112×64. */
    POOL_224("pool-224", new MaxPool(224, 224, 64, 2, 2));

    private final String id;
    private final LayerGeometry layer;

    ConvPreset(String id, LayerGeometry layer) {
        this.id = id;
        this.layer = layer;
    }

    public String id() {
        return id;
    }

    public LayerGeometry layer() {
        return layer;
    }
}
