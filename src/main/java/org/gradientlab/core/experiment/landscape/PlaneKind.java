package org.gradientlab.core.experiment.landscape;

/** What spans the 2-D slice around the final weights. */
public enum PlaneKind {
    /**
     * The two principal directions of the training path θ_i − θ_final (Li et al. 2018, §7): the
     * plane the path moves in most, so its projection shows it; the slice spans the path.
     */
    PCA("pca"),
    /**
     * Two seeded Gaussian directions, filter-normalised (Li et al. 2018, §4): each neuron's
     * incoming weights scaled to the norm of that neuron's weights; biases and batch-norm
     * parameters do not move.
     */
    RANDOM("random");

    private final String id;

    PlaneKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PlaneKind fromId(String id) {
        for (PlaneKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown plane '" + id + "', expected pca or random");
    }
}
