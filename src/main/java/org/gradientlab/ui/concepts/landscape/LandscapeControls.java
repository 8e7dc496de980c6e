package org.gradientlab.ui.concepts.landscape;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LandscapeProgress;
import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.ui.concepts.landscape.LandscapeModel.Status;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.layout.RunPage;
import org.gradientlab.ui.kit.text.Num;

/**
 * The loss-landscape page's controls column: the net (optimizer, batch norm), the slice's plane,
 * the second net to compare, run and cancel, progress, status and the study's size. The toggles
 * follow the model's setup (a reset, a scene) and forward each change to it; all are locked
 * while a study runs, the second net's also while nothing is compared.
 */
final class LandscapeControls {
    private final I18n i18n;
    private final LandscapeModel model;
    private final RunPage parts;

    LandscapeControls(I18n i18n, LandscapeModel model) {
        this.i18n = i18n;
        this.model = model;
        this.parts = new RunPage(i18n);
    }

    VBox view() {
        ToggleGroup optimizers = new ToggleGroup();
        RadioButton sgd = radio("landscape-sgd", "concepts.landscape.sgd", optimizers, "sgd");
        RadioButton adam = radio("landscape-adam", "concepts.landscape.adam", optimizers, "adam");
        CheckBox batchNorm = check("landscape-batch-norm", "concepts.landscape.batch-norm");
        ToggleGroup planes = new ToggleGroup();
        RadioButton pca = radio("landscape-pca", "concepts.landscape.plane.pca", planes, PlaneKind.PCA.id());
        RadioButton random = radio("landscape-random", "concepts.landscape.plane.random", planes,
                PlaneKind.RANDOM.id());
        CheckBox compare = check("landscape-compare", "concepts.landscape.compare");
        compare.setWrapText(true);
        ToggleGroup otherOptimizers = new ToggleGroup();
        RadioButton otherSgd = radio("landscape-other-sgd", "concepts.landscape.compare.sgd", otherOptimizers, "sgd");
        RadioButton otherAdam = radio("landscape-other-adam", "concepts.landscape.compare.adam", otherOptimizers,
                "adam");
        CheckBox otherBatchNorm = check("landscape-other-batch-norm", "concepts.landscape.compare.batch-norm");
        Runnable sync = () -> {
            LandscapeSetup s = model.setup();
            (s.optimizer().equals("adam") ? adam : sgd).setSelected(true);
            batchNorm.setSelected(s.batchNorm());
            (s.plane().equals(PlaneKind.RANDOM.id()) ? random : pca).setSelected(true);
            compare.setSelected(s.compare());
            (s.compareOptimizer().equals("adam") ? otherAdam : otherSgd).setSelected(true);
            otherBatchNorm.setSelected(s.compareBatchNorm());
        };
        sync.run();
        model.setupProperty().addListener((o, a, b) -> sync.run());
        optimizers.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setOptimizer((String) b.getUserData());
            }
        });
        planes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setPlane((String) b.getUserData());
            }
        });
        batchNorm.selectedProperty().addListener((o, a, b) -> model.setBatchNorm(b));
        otherOptimizers.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setCompareOptimizer((String) b.getUserData());
            }
        });
        compare.selectedProperty().addListener((o, a, b) -> model.setCompare(b));
        otherBatchNorm.selectedProperty().addListener((o, a, b) -> model.setCompareBatchNorm(b));

        Button run = parts.button("landscape-run", "concepts.landscape.run", model::run);
        Button cancel = parts.button("landscape-cancel", "concepts.landscape.cancel", model::cancel);
        var running = Bindings.equal(model.statusProperty(), Status.RUNNING);
        Node buttons = RunPage.runButtons(run, cancel, running, sgd, adam, batchNorm, pca, random, compare);
        var otherOff = running.or(compare.selectedProperty().not());
        for (Node setting : List.of(otherSgd, otherAdam, otherBatchNorm)) {
            setting.disableProperty().bind(otherOff);
        }
        Label status = parts.status("landscape-status", this::status, model.statusProperty(), model.stepProperty(),
                model.errorProperty());
        // The study's size follows a snapshot run's shorter training (its status changes with it).
        Label setup = parts.setup(() -> {
            LandscapeConfig c = model.config();
            return i18n.text("concepts.landscape.setup", c.iterations(), LandscapeConfig.BATCH_SIZE, c.grid(),
                    c.images());
        }, model.statusProperty());
        return RunPage.controls(parts.sectionTitle("concepts.landscape.section.net"), sgd, adam, batchNorm,
                parts.sectionTitle("concepts.landscape.section.plane"), pca, random,
                parts.sectionTitle("concepts.landscape.section.compare"), compare, otherSgd, otherAdam,
                otherBatchNorm, buttons, RunPage.progress("landscape-progress", model.progressProperty()), status,
                setup);
    }

    private String status() {
        LandscapeProgress p = model.stepProperty().get();
        return switch (model.statusProperty().get()) {
            case IDLE -> i18n.text("concepts.landscape.status.idle");
            case RUNNING -> p == null ? i18n.text("concepts.landscape.status.loading")
                    : i18n.text(p.phase() == LandscapeProgress.Phase.TRAINING ? "concepts.landscape.status.training"
                            : "concepts.landscape.status.measuring", Num.integer(p.done()), Num.integer(p.total()));
            case DONE -> i18n.text("concepts.landscape.status.done");
            case CANCELLED -> i18n.text("concepts.landscape.status.cancelled");
            case FAILED -> i18n.text("concepts.landscape.status.failed", model.errorProperty().get());
        };
    }

    private RadioButton radio(String id, String key, ToggleGroup group, String value) {
        RadioButton radio = new RadioButton();
        radio.setId(id);
        radio.textProperty().bind(i18n.label(key));
        radio.setToggleGroup(group);
        radio.setUserData(value);
        radio.setWrapText(true);
        return radio;
    }

    private CheckBox check(String id, String key) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(i18n.label(key));
        return box;
    }
}
