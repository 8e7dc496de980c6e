package org.gradientlab.ui.training;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.gradientlab.ui.export.FigureExport;
import org.gradientlab.ui.i18n.I18n;

/** The training lab's two views of a run: its curves, and inside the net (per-layer statistics). */
final class InsideTabs {
    private InsideTabs() {}

    static TabPane of(I18n i18n, Node curves, Node inside) {
        Tab curvesTab = new Tab();
        curvesTab.setId("training-tab-curves");
        curvesTab.textProperty().bind(i18n.label("training.inside.tab-curves"));
        curvesTab.setContent(curves);
        Tab insideTab = new Tab();
        insideTab.setId("training-tab-inside");
        insideTab.textProperty().bind(i18n.label("training.inside.tab"));
        insideTab.setContent(scrolling(inside));
        TabPane tabs = new TabPane(curvesTab, insideTab);
        tabs.setId("training-views");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The tab headers are for choosing on screen, not part of an exported figure.
        tabs.skinProperty().addListener((o, old, skin) -> {
            Node headers = tabs.lookup(".tab-header-area");
            if (headers != null && !headers.getStyleClass().contains(FigureExport.SCREEN_ONLY)) {
                headers.getStyleClass().add(FigureExport.SCREEN_ONLY);
            }
        });
        return tabs;
    }

    /**
     * {@code content} filling the tab, but never below its minimum height: in a short window
     * (1280×720) the strips, the three small charts, their key and the note would otherwise be
     * squeezed under the tab's bottom edge and cut off; a vertical scroll bar shows the rest.
     */
    static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("training-inside-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
