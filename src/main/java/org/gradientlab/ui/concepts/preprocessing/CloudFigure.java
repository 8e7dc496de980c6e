package org.gradientlab.ui.concepts.preprocessing;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.preprocessing.Preprocessing;
import org.gradientlab.core.concepts.preprocessing.Stage;
import org.gradientlab.core.concepts.preprocessing.StageResult;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.i18n.I18n;

/**
 * The exported figure: a caption and the five linked stage panels of CS231n lecture 6.
 * Hovering a point in any panel rings the same point in all; the original panel takes clicks.
 */
final class CloudFigure extends VBox {
    private final I18n i18n;
    private final PreprocessingModel model;
    private final Label caption = new Label();
    private final List<StagePanel> panels = new ArrayList<>();

    CloudFigure(I18n i18n, PreprocessingModel model) {
        this.i18n = i18n;
        this.model = model;
        caption.getStyleClass().add("figure-caption");
        caption.setId("prep-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        GridPane row = new GridPane();
        row.getStyleClass().add("prep-panels");
        RowConstraints only = new RowConstraints();
        only.setVgrow(Priority.ALWAYS);
        row.getRowConstraints().add(only);
        for (Stage stage : Stage.values()) {
            StagePanel panel = new StagePanel(i18n, stage);
            panel.cloud().onHover(model.hoveredProperty()::set);
            panels.add(panel);
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / Stage.values().length);
            column.setHgrow(Priority.ALWAYS);
            row.getColumnConstraints().add(column);
            row.add(panel, stage.ordinal(), 0);
        }
        panels.get(0).cloud().onEdit(model::add, model::remove);
        getChildren().addAll(caption, row);
        getStyleClass().add("prep-figure");
        setId("prep-figure");
        VBox.setVgrow(row, Priority.ALWAYS);

        model.stagesProperty().addListener((o, a, b) -> refresh());
        model.sameScaleProperty().addListener((o, a, b) -> refresh());
        model.hoveredProperty().addListener((o, a, b) -> panels.forEach(p -> p.showHovered(b.intValue())));
        refresh();
    }

    List<StagePanel> panels() {
        return panels;
    }

    private void refresh() {
        List<StageResult> stages = model.stagesProperty().get();
        ViewRect shared = Framing.fit(stages);
        for (int i = 0; i < panels.size(); i++) {
            StageResult stage = stages.get(i);
            panels.get(i).show(stage, model.sameScaleProperty().get() ? shared : Framing.fit(List.of(stage)));
            panels.get(i).showHovered(model.hoveredProperty().get());
        }
        i18n.bind(caption.textProperty(), "concepts.preprocessing.caption", model.cloudProperty().get().size(),
                epsilon());
    }

    /** The notes' ε written as they write it, "1e-5" (it is a power of ten). */
    static String epsilon() {
        return "1e" + Math.round(Math.log10(Preprocessing.WHITENING_EPSILON));
    }

    /** Canvases at export density for the snapshot that follows. */
    void prepareForExport() {
        panels.forEach(p -> p.cloud().prepareForExport());
    }
}
