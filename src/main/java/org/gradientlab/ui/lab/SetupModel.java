package org.gradientlab.ui.lab;

/**
 * A lab's or page's model as a saved scene sees it: the whole setup as one immutable record,
 * and the way back. The record validates itself in its compact constructor, so a scene file
 * that names a bad value fails while it is read, before anything on screen changes.
 *
 * @param <S> the setup record, e.g. the optimizer lab's optimizers, rates, surface and start
 */
public interface SetupModel<S extends Record> {
    /** The record's type, for reading it from a file. */
    Class<S> setupType();

    /** The current setup. FX thread. */
    S setup();

    /**
     * Makes {@code setup} the current one, as if the user had set each value by hand: a
     * running job is cancelled first, and the view follows through its bindings. FX thread.
     */
    void apply(S setup);
}
