package org.gradientlab.ui.optimizer;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.optimizer.OptimizerLabModel.Dimension;

/** Three toggles: the contour map, the surface in 3-D, or both side by side; one is always on. */
final class DimensionBar extends FlowPane {
    // Whole keys, so the bundle check finds each one used.
    private static String key(Dimension dimension) {
        return switch (dimension) {
            case TWO_D -> "optimizer.dimension.two-d";
            case THREE_D -> "optimizer.dimension.three-d";
            case BOTH -> "optimizer.dimension.both";
        };
    }

    DimensionBar(OptimizerLabModel model, I18n i18n) {
        super(6, 6);
        getStyleClass().add("layout-bar");
        ToggleGroup group = new ToggleGroup();
        for (Dimension dimension : Dimension.values()) {
            String id = dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            ToggleButton button = new ToggleButton();
            button.setId("optimizer-dimension-" + id);
            button.textProperty().bind(i18n.label(key(dimension)));
            button.setUserData(dimension);
            button.setToggleGroup(group);
            button.setSelected(dimension == model.dimensionProperty().get());
            button.setFocusTraversable(false);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.dimensionProperty().set((Dimension) now.getUserData());
            }
        });
        model.dimensionProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
    }
}
