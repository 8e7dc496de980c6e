package org.gradientlab.ui.lab;

import javafx.scene.Node;

/**
 * A lab whose content is built on first use, once, on the FX thread: a tab or page that is
 * never opened costs nothing (some load MNIST or start workers). Subclasses build the content
 * in {@link #createView()}.
 */
public abstract class LazyLab implements Lab {
    private final String id;
    private final String titleKey;
    private Node view;

    protected LazyLab(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final Node view() {
        if (view == null) {
            view = createView();
            viewCreated();
        }
        return view;
    }

    /** The lab's content; called once, by the first {@link #view()}. */
    protected abstract Node createView();

    /** Runs once, right after the content exists (a first draw, a first selection). */
    protected void viewCreated() {}
}
