package org.gradientlab.ui.optimizer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.input.Parsers;
import org.gradientlab.ui.kit.input.ValidatedField;
import org.gradientlab.ui.kit.text.Num;

/**
 * The gradients' noise: σ of the Gaussian added to ∂f/∂x and ∂f/∂y at every step, and the seed
 * of its draws (one seed for all runs, so each sees the same noise). σ = 0 is the book's exact
 * run; a few tenths on the book's surface show SGD's random walk and Momentum smoothing it.
 */
final class NoiseControls extends VBox {
    /** Seeds a person types; the core takes any long. */
    static final long MAX_SEED = Integer.MAX_VALUE;

    private final OptimizerLabModel model;
    private final ValidatedField<Double> sigma;
    private final ValidatedField<Long> seed;

    NoiseControls(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        getStyleClass().add("control-section");
        setSpacing(4);
        sigma = new ValidatedField<>(i18n, "optimizer-noise-sigma",
                text -> Parsers.number(text, 0, GradientNoise.MAX_SIGMA));
        seed = new ValidatedField<>(i18n, "optimizer-noise-seed", text -> Parsers.whole(text, 0, MAX_SEED));
        sigma.field().setPrefColumnCount(5);
        seed.field().setPrefColumnCount(6);
        sigma.setOnCommit(value -> change(new GradientNoise(value, model.noise().seed())));
        seed.setOnCommit(value -> change(new GradientNoise(model.noise().sigma(), value)));

        Label heading = new Label();
        heading.textProperty().bind(i18n.label("optimizer.noise"));
        heading.getStyleClass().add("section-heading");
        Label sigmaLabel = new Label("σ");
        sigmaLabel.setLabelFor(sigma.field());
        Label seedLabel = new Label();
        seedLabel.textProperty().bind(i18n.label("optimizer.noise.seed"));
        seedLabel.setLabelFor(seed.field());
        HBox row = new HBox(6, sigmaLabel, sigma.field(), seedLabel, seed.field());
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.setId("optimizer-noise-hint");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.textProperty().bind(i18n.label("optimizer.noise.hint"));
        getChildren().addAll(heading, row, sigma.error(), seed.error(), hint);

        model.noiseProperty().addListener((obs, old, now) -> show(now));
        show(model.noise());
    }

    /** Recomputes only when the value changed, so leaving a field untouched moves nothing. */
    private void change(GradientNoise next) {
        if (!next.equals(model.noise())) {
            model.setNoise(next);
        }
    }

    private void show(GradientNoise noise) {
        sigma.setText(Num.plain(noise.sigma()));
        seed.setText(Num.plain(noise.seed()));
    }
}
