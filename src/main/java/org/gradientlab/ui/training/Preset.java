package org.gradientlab.ui.training;

/**
 * The lab's experiments: the book's six (DESIGN.md) and a custom run of one network. The id is
 * the `train --experiment` id and the i18n suffix ("training.preset." + id).
 */
public enum Preset {
    OPTIMIZERS("optimizers", false),
    INIT("init", false),
    BATCH_NORM("batchnorm", true),
    WEIGHT_DECAY("weight-decay", true),
    DROPOUT("dropout", true),
    HYPERPARAMETERS("hyperparameters", true),
    CUSTOM("custom", false);

    private final String id;
    private final boolean byEpoch;

    Preset(String id, boolean byEpoch) {
        this.id = id;
        this.byEpoch = byEpoch;
    }

    public String id() {
        return id;
    }

    /** True when the run's length counts epochs rather than iterations. */
    public boolean byEpoch() {
        return byEpoch;
    }

    /** The preset with this id, e.g. "batchnorm"; IllegalArgumentException names the ids. */
    public static Preset fromId(String id) {
        for (Preset p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown experiment '" + id + "', expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(Preset::id).toList()));
    }

    public String nameKey() {
        return "training.preset." + id;
    }
}
