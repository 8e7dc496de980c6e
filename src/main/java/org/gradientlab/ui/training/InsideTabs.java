package org.gradientlab.ui.training;

import javafx.scene.Node;
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
        insideTab.setContent(inside);
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
}
