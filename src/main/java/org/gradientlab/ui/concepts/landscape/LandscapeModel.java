package org.gradientlab.ui.concepts.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LandscapeProgress;
import org.gradientlab.core.experiment.landscape.LandscapeResult;
import org.gradientlab.core.experiment.landscape.LossLandscapes;
import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The page's state, on the FX thread: the setup, the run and the landscapes measured so far, one
 * per study, so switching SGD ↔ Adam or batch norm on and off shows each again without measuring
 * it twice. With "compare" on, a run measures the second net too, and {@link #otherProperty()}
 * holds its landscape. The core trains and measures off the FX thread.
 */
final class LandscapeModel implements SetupModel<LandscapeSetup> {
    /** Where the run stands. */
    enum Status { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /** Share of the progress bar the training takes; measuring the losses takes the rest. */
    static final double TRAINING_SHARE = 0.6;

    private LandscapeConfig base;
    private final ObjectProperty<LandscapeSetup> setup = new SimpleObjectProperty<>(this, "setup",
            LandscapeSetup.defaults());
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<LandscapeProgress> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LandscapeResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LandscapeResult> other = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>("");
    private final Map<LandscapeConfig, LandscapeResult> measured = new HashMap<>();
    private final LabJob<List<LandscapeResult>> job = new LabJob<>("loss-landscape");

    /** The page's study: {@link LandscapeConfig#defaults()} (1000 updates, a 21×21 slice on 1000 images). */
    LandscapeModel() {
        this(LandscapeConfig.defaults());
    }

    /** {@code base} gives everything but the optimizer, batch norm and plane, which the setup chooses. */
    LandscapeModel(LandscapeConfig base) {
        this.base = base;
        setup.addListener((o, was, now) -> {
            if (status.get() != Status.RUNNING) {
                showMeasured();
            }
        });
    }

    /** The results of the setup's studies, from those measured; DONE when every one is. */
    private void showMeasured() {
        result.set(measured.get(config()));
        other.set(setup.get().compare() ? measured.get(otherConfig()) : null);
        boolean all = measured.keySet().containsAll(studies());
        status.set(all ? Status.DONE : Status.IDLE);
        error.set("");
        progress.set(all ? 1 : 0);
    }

    /** The study the current setup asks for. */
    LandscapeConfig config() {
        LandscapeSetup s = setup.get();
        return study(s.optimizer(), s.batchNorm());
    }

    /** The second net's study, drawn beside the first when the setup compares. */
    LandscapeConfig otherConfig() {
        LandscapeSetup s = setup.get();
        return study(s.compareOptimizer(), s.compareBatchNorm());
    }

    private LandscapeConfig study(String optimizer, boolean batchNorm) {
        return base.withOptimizer(OptimizerKind.fromId(optimizer)).withBatchNorm(batchNorm)
                .withPlane(PlaneKind.fromId(setup.get().plane()));
    }

    /** The studies a run of the current setup measures: the net, and the second one when comparing. */
    List<LandscapeConfig> studies() {
        return setup.get().compare() ? List.of(config(), otherConfig()).stream().distinct().toList()
                : List.of(config());
    }

    /** Trains and measures the current setup's studies not measured yet; ignored while a run is on. */
    void run() {
        if (status.get() == Status.RUNNING) {
            return;
        }
        List<LandscapeConfig> todo = studies().stream().filter(c -> !measured.containsKey(c)).toList();
        if (todo.isEmpty()) {
            showMeasured();
            return;
        }
        result.set(measured.get(config()));
        other.set(null);
        error.set("");
        step.set(null);
        // Indeterminate while MNIST loads.
        progress.set(-1);
        status.set(Status.RUNNING);
        int threads = Runtime.getRuntime().availableProcessors();
        job.start(context -> {
            List<LandscapeResult> out = new ArrayList<>();
            for (LandscapeConfig config : todo) {
                int index = out.size();
                var steps = context.<LandscapeProgress>channel(frame -> show(index, todo.size(),
                        frame.get(frame.size() - 1)));
                out.add(LossLandscapes.run(config, Mnist.bundled(), threads, context.cancelledFlag(), steps));
            }
            return out;
        }, LabJob.Ending.of(done -> {
            done.forEach(r -> measured.put(r.config(), r));
            showMeasured();
        }, () -> status.set(Status.CANCELLED), e -> {
            error.set(JobFailure.message(e));
            status.set(Status.FAILED);
        }));
    }

    /**
     * `snapshot --run`: the current setup measured with {@code iterations} updates (when positive,
     * else the page's), completing on the FX thread when the run has ended and its landscapes are on show.
     */
    CompletionStage<Void> runToEnd(int iterations) {
        if (iterations > 0 && status.get() != Status.RUNNING) {
            base = base.withIterations(iterations);
            showMeasured();
        }
        CompletableFuture<Void> ended = new CompletableFuture<>();
        ChangeListener<Status> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Status> o, Status was, Status is) {
                if (is != Status.RUNNING) {
                    status.removeListener(this);
                    if (is == Status.DONE) {
                        ended.complete(null);
                    } else {
                        ended.completeExceptionally(new IllegalStateException("loss landscape " + is + " "
                                + error.get()));
                    }
                }
            }
        };
        status.addListener(listener);
        run();
        if (status.get() == Status.DONE) {
            status.removeListener(listener);
            ended.complete(null);
        }
        return ended;
    }

    /** The run's progress over its {@code count} studies, study {@code index} at {@code p}. */
    private void show(int index, int count, LandscapeProgress p) {
        step.set(p);
        double share = p.phase() == LandscapeProgress.Phase.TRAINING ? TRAINING_SHARE * p.fraction()
                : TRAINING_SHARE + (1 - TRAINING_SHARE) * p.fraction();
        progress.set((index + share) / count);
    }

    void cancel() {
        job.cancel();
    }

    /** Stops the run and forgets every landscape; the setup goes back to the defaults. */
    void reset() {
        job.forget();
        measured.clear();
        setup.set(LandscapeSetup.defaults());
        result.set(null);
        other.set(null);
        error.set("");
        step.set(null);
        progress.set(0);
        status.set(Status.IDLE);
    }

    void setOptimizer(String id) {
        setup.set(setup.get().withOptimizer(id));
    }

    void setBatchNorm(boolean on) {
        setup.set(setup.get().withBatchNorm(on));
    }

    void setPlane(String id) {
        setup.set(setup.get().withPlane(id));
    }

    void setCompare(boolean on) {
        setup.set(setup.get().withCompare(on));
    }

    void setCompareOptimizer(String id) {
        setup.set(setup.get().withCompareOptimizer(id));
    }

    void setCompareBatchNorm(boolean on) {
        setup.set(setup.get().withCompareBatchNorm(on));
    }

    @Override
    public Class<LandscapeSetup> setupType() {
        return LandscapeSetup.class;
    }

    @Override
    public LandscapeSetup setup() {
        return setup.get();
    }

    /** The run cancelled and the landscapes forgotten, as by a reset, then {@code value}. */
    @Override
    public void apply(LandscapeSetup value) {
        reset();
        setup.set(value);
    }

    ReadOnlyObjectProperty<LandscapeSetup> setupProperty() {
        return setup;
    }

    ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LandscapeProgress> stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LandscapeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The second net's landscape when the setup compares and it is measured, else null. */
    ReadOnlyObjectProperty<LandscapeResult> otherProperty() {
        return other.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
