package org.gradientlab.ui.kit.layout;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A figure column that scrolls instead of overflowing (issue 15.2). While its content fits it is
 * stretched to the viewport, so the layout is as without the scroll pane; once large text makes
 * captions and numbers taller than the window, it scrolls, and what sits beside or below it (a
 * playback bar, the controls) stays on screen.
 */
public final class FigureScroll {
    private FigureScroll() {}

    /** {@code content} in a borderless scroll pane that fits it to its width and, while it fits, its height. */
    public static ScrollPane around(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().addAll("edge-to-edge", "figure-scroll");
        // The skin caches its viewport as a bitmap (quick scrolling): text and plots are then drawn
        // on other pixels than outside a scroll pane. A figure is drawn as it would be without it.
        scroll.skinProperty().subscribe(skin -> {
            if (skin != null) {
                scroll.getChildrenUnmodifiable().forEach(child -> child.setCache(false));
            }
        });
        return scroll;
    }
}
