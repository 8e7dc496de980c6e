package org.gradientlab.ui.optimizer;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.optimizer.OptimizerLabModel.Dimension;

/**
 * The figure's plots as the model's dimension asks: the contour map, the surface in 3-D, or
 * the two side by side, each half as wide. The 3-D view is made the first time it is asked for,
 * so a lab that never shows it never pays for it.
 */
final class FigureViews extends StackPane {
    private final OptimizerLabModel model;
    private final I18n i18n;
    private final PlotArea plots;
    private final HBox both = new HBox(8);
    private Surface3DView surface;

    FigureViews(OptimizerLabModel model, I18n i18n, PlotArea plots) {
        this.model = model;
        this.i18n = i18n;
        this.plots = plots;
        getStyleClass().add("figure-views");
        model.dimensionProperty().addListener((obs, old, now) -> arrange());
        arrange();
    }

    /** The 3-D view, made now if it was not yet. */
    Surface3DView surface() {
        if (surface == null) {
            // Theme colours from a plot in the scene: one taken out of it keeps the old theme's.
            surface = new Surface3DView(model, i18n,
                    () -> plots.shownPlots().isEmpty() ? plots.overlay() : plots.shownPlots().get(0));
        }
        return surface;
    }

    private void arrange() {
        Dimension dimension = model.dimensionProperty().get();
        both.getChildren().clear();
        // 3-D alone keeps the map in the scene, hidden and taking no room, so it still follows the
        // theme whose colours the 3-D view borrows from it.
        plots.setVisible(dimension != Dimension.THREE_D);
        plots.setManaged(dimension != Dimension.THREE_D);
        if (dimension == Dimension.TWO_D) {
            getChildren().setAll(plots);
        } else if (dimension == Dimension.THREE_D) {
            getChildren().setAll(plots, surface());
        } else {
            both.getChildren().setAll(plots, surface());
            for (var child : both.getChildren()) {
                HBox.setHgrow(child, Priority.ALWAYS);
                ((javafx.scene.layout.Region) child).setPrefWidth(1);  // equal halves, whatever each would like
                ((javafx.scene.layout.Region) child).setMaxWidth(Double.MAX_VALUE);
            }
            getChildren().setAll(both);
        }
    }
}
