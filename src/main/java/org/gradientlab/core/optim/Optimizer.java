package org.gradientlab.core.optim;

import java.util.List;

/**
 * A parameter-update rule (book: common/optimizer.py). It sees named parameters and their
 * gradients, never the model, so the same object moves a point in the 2-D lab or a network.
 */
public interface Optimizer {

    /** One update step of every parameter given, in place. */
    void update(List<Parameter> parameters);
}
