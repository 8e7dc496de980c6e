package org.gradientlab.core;

import javafx.scene.paint.Color;

/** Breaks the core rule on purpose: ArchitectureTest checks that the rule sees it. Test code only. */
public final class JavaFxCanary {
    static final Color BROKEN = Color.RED;

    private JavaFxCanary() {}
}
