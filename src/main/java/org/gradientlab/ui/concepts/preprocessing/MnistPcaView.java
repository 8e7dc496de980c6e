package org.gradientlab.ui.concepts.preprocessing;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.preprocessing.MnistPca;
import org.gradientlab.core.data.Dataset;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.kit.text.Num;

/**
 * The MNIST half of the page: PCA of the first training images, computed once off the FX
 * thread (a second or two) with a busy indicator and a cancel button, then kept for the
 * page's lifetime, so switching pages and back shows it at once.
 */
final class MnistPcaView extends VBox {
    private final I18n i18n;
    private final int images;
    private final Supplier<Dataset> data;
    private final Label caption = new Label();
    private final Button compute = new Button();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label status = new Label();
    private final ComponentGrid grid = new ComponentGrid();
    private final Label summary = new Label();
    private final VBox figure;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final LabJob<MnistPca> job = new LabJob<>("mnist-pca");
    private MnistPca result;
    // The status line's key and arguments, so a language switch can say it again.
    private String statusKey = "concepts.preprocessing.mnist.idle";
    private Object[] statusArgs = {};

    /** @param data the training images, loaded on the worker thread (MNIST takes a second to read) */
    MnistPcaView(I18n i18n, int images, Supplier<Dataset> data) {
        this.i18n = i18n;
        this.images = images;
        this.data = data;
        caption.setId("prep-mnist-caption");
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        compute.setId("prep-mnist-compute");
        compute.setOnAction(e -> {
            if (running.get()) {
                cancel();
            } else {
                start();
            }
        });
        busy.setId("prep-mnist-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(running);
        busy.managedProperty().bind(running);
        status.setId("prep-mnist-status");
        status.setWrapText(true);
        grid.setId("prep-mnist-grid");
        summary.setId("prep-mnist-summary");
        summary.setWrapText(true);
        HBox bar = new HBox(compute, busy, status);
        bar.getStyleClass().add("prep-mnist-bar");
        HBox.setHgrow(status, Priority.ALWAYS);
        figure = new VBox(caption, grid, summary);
        figure.getStyleClass().add("prep-mnist-figure");
        figure.setId("prep-mnist-figure");
        VBox.setVgrow(figure, Priority.ALWAYS);
        getChildren().addAll(bar, figure);
        getStyleClass().add("prep-mnist");
        grid.setLabels(() -> i18n.text("concepts.preprocessing.mnist.mean"),
                () -> i18n.text("concepts.preprocessing.mnist.scree"),
                (k, share) -> i18n.text("concepts.preprocessing.mnist.component", k, percent(share)));
        // The grid is a canvas: it draws its words again in the new language.
        i18n.whenLanguageChanges(grid::invalidateAll);
        running.addListener((o, a, b) -> refreshTexts());
        refreshTexts();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ComponentGrid grid() {
        return grid;
    }

    VBox figure() {
        return figure;
    }

    /** Starts the PCA unless it is running or done. FX thread. */
    void start() {
        if (running.get() || result != null) {
            return;
        }
        running.set(true);
        status("concepts.preprocessing.mnist.busy", Num.integer(images));
        job.start(run -> MnistPca.compute(data.get(), images, MnistPca.DEFAULT_COMPONENTS, run.cancelledFlag()),
                LabJob.Ending.of(done -> finish(done, null), () -> finish(null, null), error -> finish(null, error)));
    }

    /** Stops a running PCA at its next phase; the page stays usable meanwhile. */
    void cancel() {
        if (running.get()) {
            // Forgotten, so the page answers at once even while MNIST still loads.
            job.forget();
            running.set(false);
            status("concepts.preprocessing.mnist.cancelled");
        }
    }

    private void finish(MnistPca done, Throwable failure) {
        running.set(false);
        if (done != null) {
            result = done;
            grid.show(done);
        } else if (failure != null) {
            status("concepts.preprocessing.mnist.failed", JobFailure.message(failure));
            return;
        }
        refreshTexts();
    }

    private void refreshTexts() {
        i18n.bind(compute.textProperty(), running.get() ? "concepts.preprocessing.mnist.cancel" : "concepts.preprocessing.mnist.compute");
        compute.setDisable(result != null);
        i18n.bind(caption.textProperty(), "concepts.preprocessing.mnist.caption", MnistPca.DEFAULT_COMPONENTS,
                Num.integer(images));
        if (result != null) {
            statusKey = "concepts.preprocessing.mnist.done";
            statusArgs = new Object[] {Num.integer(result.images()), Num.integer(result.varyingPixels()), seconds(result.covarianceMillis()),
                seconds(result.eigenMillis())};
            i18n.bind(summary.textProperty(), "concepts.preprocessing.mnist.cumulative", result.components().length,
                    percent(result.cumulativeExplained(result.components().length)));
        }
        i18n.bind(status.textProperty(), statusKey, statusArgs);
    }

    private void status(String key, Object... args) {
        statusKey = key;
        statusArgs = args;
        i18n.bind(status.textProperty(), key, args);
    }

    static String percent(double share) {
        return Num.percent(share, 1);
    }

    private static String seconds(long millis) {
        return Num.fixed(millis / 1000.0, 1);
    }
}
