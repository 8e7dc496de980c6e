package org.gradientlab.ui.lab;

import javafx.scene.Parent;

/**
 * A lab whose content is built on first use, once, on the FX thread: a tab or page that is
 * never opened costs nothing (some load MNIST or start workers). Subclasses build the content
 * in {@link #createView()}; the stylesheet their {@link LabSpec} names is added here.
 */
public abstract class LazyLab implements Lab {
    private final LabSpec spec;
    private Parent view;

    protected LazyLab(LabSpec spec) {
        this.spec = spec;
    }

    @Override
    public final String id() {
        return spec.id();
    }

    @Override
    public final String titleKey() {
        return spec.titleKey();
    }

    @Override
    public final Parent view() {
        if (view == null) {
            view = createView();
            view.getStylesheets().add(spec.stylesheetUrl());
            viewCreated();
        }
        return view;
    }

    /** The lab's content; called once, by the first {@link #view()}. */
    protected abstract Parent createView();

    /** Runs once, right after the content exists (a first draw, a first selection). */
    protected void viewCreated() {}
}
