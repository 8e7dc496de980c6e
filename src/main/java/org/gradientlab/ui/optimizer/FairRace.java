package org.gradientlab.ui.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.race.ManyStarts;
import org.gradientlab.core.surface.race.RateTuning;
import org.gradientlab.ui.kit.job.JobContext;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.kit.text.Message;

/**
 * The fair race, off the FX thread: tuning every shown optimizer's learning rate on the lab's
 * surface, start, steps and noise ({@link RateTuning}) and then running them at the tuned
 * rates; and the many-starts count ({@link ManyStarts}) over a grid of the view. One job at a
 * time, cancellable; a change of surface, start, steps or noise forgets a running job and the
 * results, which no longer describe what is on screen.
 */
final class FairRace {
    /** Starts per side of the many-starts grid: 100 starts per optimizer. */
    static final int GRID_SIDE = 10;

    enum Status { IDLE, TUNING, STARTS, DONE, CANCELLED, FAILED }

    /** One optimizer's tuned rate; empty when every rate of the grid stopped early. */
    record Tuned(OptimizerKind kind, OptionalDouble rate) {}

    /** The many-starts table and what it was counted over. */
    record Starts(List<ManyStarts.Outcome> outcomes, int side, int steps) {}

    private final OptimizerLabModel model;
    private final LabJob<List<Tuned>> tuneJob;
    private final LabJob<Starts> startsJob;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.IDLE);
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message", Message.EMPTY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<List<Tuned>> tuned = new ReadOnlyObjectWrapper<>(this, "tuned", List.of());
    private final ReadOnlyObjectWrapper<Starts> starts = new ReadOnlyObjectWrapper<>(this, "starts");

    FairRace(OptimizerLabModel model, JobRunner runner) {
        this.model = model;
        this.tuneJob = new LabJob<>("rate-tuning", runner);
        this.startsJob = new LabJob<>("many-starts", runner);
        for (ObservableValue<?> input : List.of(model.surfaceProperty(), model.startProperty(), model.stepsProperty(),
                model.noiseProperty())) {
            input.addListener((obs, old, now) -> forget());
        }
    }

    ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last run did or why it stopped; empty when there is nothing to say. */
    ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1 while a job runs. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The rates the last tuning found, in kind order; empty before one. */
    ReadOnlyObjectProperty<List<Tuned>> tunedProperty() {
        return tuned.getReadOnlyProperty();
    }

    /** The last many-starts table; null before one. */
    ReadOnlyObjectProperty<Starts> startsProperty() {
        return starts.getReadOnlyProperty();
    }

    boolean isRunning() {
        return status.get() == Status.TUNING || status.get() == Status.STARTS;
    }

    /** Tunes every shown run's rate, then sets the tuned rates on the runs. Ignored while a job runs. */
    void tune() {
        List<TrajectorySettings> races = races();
        if (races == null) {
            return;
        }
        begin(Status.TUNING, "optimizer.race.tuning");
        tuneJob.start(job -> {
            List<Tuned> out = new ArrayList<>();
            for (TrajectorySettings race : races) {
                step(job, out.size(), races.size());
                OptionalDouble best = RateTuning.tune(race, RateTuning.GRID, job.cancelledFlag())
                        .map(r -> OptionalDouble.of(r.best().learningRate())).orElse(OptionalDouble.empty());
                out.add(new Tuned(race.optimizer().kind(), best));
            }
            return List.copyOf(out);
        }, ending(result -> {
            for (Tuned t : result) {
                t.rate().ifPresent(rate -> model.update(t.kind(), s -> s.withLearningRate(rate)));
            }
            tuned.set(result);
            return Message.of("optimizer.race.tuned-done", result.size(), model.steps());
        }));
    }

    /** Runs every shown optimizer at its rate from a {@value #GRID_SIDE}² grid over the view. Ignored while a job runs. */
    void manyStarts() {
        List<TrajectorySettings> races = races();
        if (races == null) {
            return;
        }
        List<Vec2> grid = ManyStarts.grid(model.viewProperty().get(), GRID_SIDE);
        int steps = model.steps();
        begin(Status.STARTS, "optimizer.race.starting");
        startsJob.start(job -> {
            List<ManyStarts.Outcome> out = new ArrayList<>();
            for (TrajectorySettings race : races) {
                step(job, out.size(), races.size());
                out.add(ManyStarts.run(race.surface(), race.optimizer(), grid, steps, race.noise(), job.cancelledFlag()));
            }
            return new Starts(List.copyOf(out), GRID_SIDE, steps);
        }, ending(result -> {
            starts.set(result);
            return Message.of("optimizer.race.starts-done", result.outcomes().size(), GRID_SIDE * GRID_SIDE);
        }));
    }

    void cancel() {
        tuneJob.cancel();
        startsJob.cancel();
    }

    /** Drops a running job (nothing of it arrives) and the results, which describe another setup. */
    void forget() {
        tuneJob.forget();
        startsJob.forget();
        tuned.set(List.of());
        starts.set(null);
        message.set(Message.EMPTY);
        progress.set(0);
        status.set(Status.IDLE);
    }

    /** The shown runs' settings, or null (and a message) when a job runs or no run is shown. */
    private List<TrajectorySettings> races() {
        if (isRunning()) {
            return null;
        }
        List<TrajectorySettings> races = model.enabledRuns().stream().map(model::trajectorySettings).toList();
        if (races.isEmpty()) {
            message.set(Message.of("optimizer.race.none"));
            return null;
        }
        return races;
    }

    private void begin(Status running, String key) {
        status.set(running);
        message.set(Message.of(key));
        progress.set(0);
    }

    private void step(JobContext job, int done, int of) {
        job.post(() -> progress.set((double) done / of));
    }

    private <R> LabJob.Ending<R> ending(java.util.function.Function<R, Message> done) {
        return LabJob.Ending.of(result -> {
            progress.set(1);
            message.set(done.apply(result));
            status.set(Status.DONE);
        }, () -> {
            message.set(Message.of("optimizer.race.cancelled"));
            status.set(Status.CANCELLED);
        }, error -> {
            message.set(Message.of("optimizer.race.failed", JobFailure.message(error)));
            status.set(Status.FAILED);
        });
    }
}
