package org.gradientlab.ui.concepts.preprocessing;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.preprocessing.Moments;
import org.gradientlab.core.concepts.preprocessing.Stage;
import org.gradientlab.core.concepts.preprocessing.StageResult;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;

/** One column of the figure: the stage's name and formula, its cloud, covariance matrix, mean and eigenvalues. */
final class StagePanel extends VBox {
    private final I18n i18n;
    private final Stage stage;
    private final CloudPanel cloud = new CloudPanel();
    private final MatrixView covariance = new MatrixView();
    private final Label stats = new Label();
    private final Label message = new Label();
    private final Label point = new Label(" ");
    private StageResult result;

    StagePanel(I18n i18n, Stage stage) {
        this.i18n = i18n;
        this.stage = stage;
        String id = Keys.id(stage);
        Label title = new Label();
        title.textProperty().bind(i18n.label(Keys.title(stage)));
        title.getStyleClass().add("prep-stage-title");
        title.setWrapText(true);
        Tooltip explanation = new Tooltip();
        explanation.textProperty().bind(i18n.label(Keys.explanation(stage)));
        explanation.setWrapText(true);
        explanation.setMaxWidth(360);
        title.setTooltip(explanation);
        Label formula = new Label();
        formula.textProperty().bind(i18n.label(Keys.formula(stage)));
        formula.getStyleClass().add("prep-formula");
        formula.setTooltip(explanation);
        cloud.setId("prep-cloud-" + id);
        covariance.setId("prep-cov-" + id);
        covariance.name().textProperty().bind(i18n.label("concepts.preprocessing.covariance"));
        Tooltip covarianceTip = new Tooltip();
        covarianceTip.textProperty().bind(i18n.label("concepts.preprocessing.covariance.tip"));
        Tooltip.install(covariance, covarianceTip);
        stats.setId("prep-stats-" + id);
        stats.getStyleClass().add("prep-stats");
        Tooltip statsTip = new Tooltip();
        statsTip.textProperty().bind(i18n.label("concepts.preprocessing.stats.tip"));
        stats.setTooltip(statsTip);
        message.setId("prep-message-" + id);
        message.getStyleClass().add("prep-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        point.setId("prep-point-" + id);
        point.getStyleClass().add("prep-point");
        point.setWrapText(true);
        getChildren().addAll(title, formula, cloud, covariance, stats, point, message);
        getStyleClass().add("prep-stage");
    }

    Stage stage() {
        return stage;
    }

    CloudPanel cloud() {
        return cloud;
    }

    MatrixView covariance() {
        return covariance;
    }

    Label message() {
        return message;
    }

    /** Rings point {@code index} (−1: none) and writes its coordinates at this stage. */
    void showHovered(int index) {
        cloud.setHovered(index);
        if (result != null && index >= 0 && index < result.size()) {
            int decimals = 2;
            i18n.bind(point.textProperty(), "concepts.preprocessing.point", index + 1,
                    Num.fixed(result.xs()[index], decimals), Num.fixed(result.ys()[index], decimals));
        } else {
            // A space keeps the line's height, so the panel does not jump as the mouse moves.
            point.textProperty().unbind();
            point.setText(" ");
        }
    }

    void show(StageResult result, ViewRect frame) {
        this.result = result;
        cloud.show(result, frame);
        Moments m = result.moments();
        covariance.show(m == null ? null : m.covariance());
        if (m == null) {
            i18n.bind(stats.textProperty(), "concepts.preprocessing.stats.none");
        } else {
            int mean = MatrixView.decimals(Math.max(Math.abs(m.meanX()), Math.abs(m.meanY())));
            i18n.bind(stats.textProperty(), "concepts.preprocessing.stats", Num.fixed(m.meanX(), mean),
                    Num.fixed(m.meanY(), mean), Num.fixed(m.eigenvalues()[0], MatrixView.decimals(m.eigenvalues()[0])),
                    Num.fixed(m.eigenvalues()[1], MatrixView.decimals(m.eigenvalues()[1])));
        }
        message.setVisible(result.problem() != null);
        i18n.bind(message.textProperty(), result.problem() == null ? Message.EMPTY : Message.of(Keys.problem(result.problem())));
    }
}
