package org.gradientlab.ui.concepts.landscape;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

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
 * per setup, so switching SGD ↔ Adam or batch norm on and off shows each again without measuring
 * it twice. The core trains and measures off the FX thread.
 */
final class LandscapeModel implements SetupModel<LandscapeSetup> {
    /** Where the run stands. */
    enum Status { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /** Share of the progress bar the training takes; measuring the losses takes the rest. */
    static final double TRAINING_SHARE = 0.6;

    private final LandscapeConfig base;
    private final ObjectProperty<LandscapeSetup> setup = new SimpleObjectProperty<>(this, "setup",
            LandscapeSetup.defaults());
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<LandscapeProgress> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LandscapeResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>("");
    private final Map<LandscapeSetup, LandscapeResult> measured = new HashMap<>();
    private final LabJob<LandscapeResult> job = new LabJob<>("loss-landscape");

    /** The page's study: {@link LandscapeConfig#defaults()} (1000 updates, a 21×21 slice on 1000 images). */
    LandscapeModel() {
        this(LandscapeConfig.defaults());
    }

    /** {@code base} gives everything but the optimizer, batch norm and plane, which the setup chooses. */
    LandscapeModel(LandscapeConfig base) {
        this.base = base;
        setup.addListener((o, was, now) -> {
            if (status.get() != Status.RUNNING) {
                result.set(measured.get(now));
                status.set(measured.containsKey(now) ? Status.DONE : Status.IDLE);
                error.set("");
                progress.set(measured.containsKey(now) ? 1 : 0);
            }
        });
    }

    /** The study the current setup asks for. */
    LandscapeConfig config() {
        LandscapeSetup s = setup.get();
        return base.withOptimizer(OptimizerKind.fromId(s.optimizer())).withBatchNorm(s.batchNorm())
                .withPlane(PlaneKind.fromId(s.plane()));
    }

    /** Trains and measures the current setup; ignored while a run is on. */
    void run() {
        if (status.get() == Status.RUNNING) {
            return;
        }
        LandscapeConfig config = config();
        LandscapeSetup runFor = setup.get();
        result.set(null);
        error.set("");
        step.set(null);
        // Indeterminate while MNIST loads.
        progress.set(-1);
        status.set(Status.RUNNING);
        int threads = Runtime.getRuntime().availableProcessors();
        job.start(context -> {
            var steps = context.<LandscapeProgress>channel(frame -> show(frame.get(frame.size() - 1)));
            return LossLandscapes.run(config, Mnist.bundled(), threads, context.cancelledFlag(), steps);
        }, LabJob.Ending.of(done -> {
            measured.put(runFor, done);
            if (setup.get().equals(runFor)) {
                result.set(done);
            }
            progress.set(1);
            status.set(Status.DONE);
        }, () -> status.set(Status.CANCELLED), e -> {
            error.set(JobFailure.message(e));
            status.set(Status.FAILED);
        }));
    }

    private void show(LandscapeProgress p) {
        step.set(p);
        double share = p.phase() == LandscapeProgress.Phase.TRAINING ? TRAINING_SHARE * p.fraction()
                : TRAINING_SHARE + (1 - TRAINING_SHARE) * p.fraction();
        progress.set(share);
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
        error.set("");
        step.set(null);
        progress.set(0);
        status.set(Status.IDLE);
    }

    void setOptimizer(String id) {
        LandscapeSetup s = setup.get();
        setup.set(new LandscapeSetup(id, s.batchNorm(), s.plane()));
    }

    void setBatchNorm(boolean on) {
        LandscapeSetup s = setup.get();
        setup.set(new LandscapeSetup(s.optimizer(), on, s.plane()));
    }

    void setPlane(String id) {
        LandscapeSetup s = setup.get();
        setup.set(new LandscapeSetup(s.optimizer(), s.batchNorm(), id));
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

    ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
