package org.gradientlab.ui.concepts.ensembles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import org.gradientlab.core.concepts.ensembles.DropoutEnsemble;
import org.gradientlab.core.concepts.ensembles.DropoutEnsembleConfig;
import org.gradientlab.core.concepts.ensembles.DropoutEnsembleResult;
import org.gradientlab.core.concepts.ensembles.EnsembleConfig;
import org.gradientlab.core.concepts.ensembles.EnsembleResult;
import org.gradientlab.core.concepts.ensembles.Ensembles;
import org.gradientlab.core.concepts.ensembles.Member;
import org.gradientlab.core.concepts.ensembles.SmallNet;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The page's state, on the FX thread: the settings, the two runs (N nets; the dropout net) and
 * their results, which stay until the next run or a reset. The core trains off the FX thread.
 */
final class EnsemblesModel implements SetupModel<EnsemblesSetup> {
    /** The dropout slider's range. */
    static final double MIN_RATIO = 0.1;
    static final double MAX_RATIO = 0.8;

    /** Where a run stands. */
    enum Status { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final SmallNet memberNet;
    private final SmallNet dropoutNet;
    private final long seed;

    private final ReadOnlyIntegerWrapper nets = new ReadOnlyIntegerWrapper(this, "nets", EnsembleConfig.DEFAULT_NETS);
    private final ReadOnlyDoubleWrapper dropoutRatio = new ReadOnlyDoubleWrapper(this, "dropoutRatio",
            DropoutEnsembleConfig.DEFAULT_RATIO);

    private final ReadOnlyObjectWrapper<Status> ensembleStatus = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ReadOnlyDoubleWrapper ensembleProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<List<Member>> members = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<EnsembleResult> ensemble = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> ensembleError = new ReadOnlyObjectWrapper<>("");
    private final LabJob<EnsembleResult> ensembleJob = new LabJob<>("ensemble-training");

    private final ReadOnlyObjectWrapper<Status> dropoutStatus = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ReadOnlyDoubleWrapper dropoutProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<DropoutEnsembleResult> dropout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> dropoutError = new ReadOnlyObjectWrapper<>("");
    private final LabJob<DropoutEnsembleResult> dropoutJob = new LabJob<>("dropout-ensemble");

    /** The page's defaults: {@link SmallNet#members()}, {@link SmallNet#dropoutNet()}, seed 0. */
    EnsemblesModel() {
        this(SmallNet.members(), SmallNet.dropoutNet(), 0);
    }

    EnsemblesModel(SmallNet memberNet, SmallNet dropoutNet, long seed) {
        this.memberNet = memberNet;
        this.dropoutNet = dropoutNet;
        this.seed = seed;
        // An indeterminate bar (progress −1) stops spinning when its run ends without a result.
        ensembleStatus.addListener((o, a, now) -> {
            if (now != Status.RUNNING && ensembleProgress.get() < 0) {
                ensembleProgress.set(0);
            }
        });
        dropoutStatus.addListener((o, a, now) -> {
            if (now != Status.RUNNING && dropoutProgress.get() < 0) {
                dropoutProgress.set(0);
            }
        });
    }

    /** Trains {@link #netsProperty()} nets, replacing the last ensemble; ignored while one trains. */
    void train() {
        if (ensembleStatus.get() == Status.RUNNING) {
            return;
        }
        EnsembleConfig config = new EnsembleConfig(memberNet, nets.get(), seed);
        members.set(List.of());
        ensemble.set(null);
        ensembleError.set("");
        // Indeterminate while MNIST loads and the first net trains.
        ensembleProgress.set(-1);
        ensembleStatus.set(Status.RUNNING);
        ensembleJob.start(job -> Ensembles.run(config, Mnist.bundled(), job.cancelledFlag(), job.poster(this::addMember)),
                new Ending<>(ensembleStatus, ensembleError, ensemble::set));
    }

    private void addMember(Member member) {
        List<Member> done = new ArrayList<>(members.get());
        done.add(member);
        done.sort(Comparator.comparingInt(Member::index));
        members.set(List.copyOf(done));
        ensembleProgress.set((double) done.size() / nets.get());
    }

    void cancelTraining() {
        ensembleJob.cancel();
    }

    /** Trains the dropout net and averages its masked passes; ignored while it runs. */
    void runDropout() {
        if (dropoutStatus.get() == Status.RUNNING) {
            return;
        }
        DropoutEnsembleConfig config = new DropoutEnsembleConfig(dropoutNet, dropoutRatio.get(),
                DropoutEnsembleConfig.DEFAULT_PASSES, seed);
        double steps = DropoutEnsemble.steps(config);
        dropout.set(null);
        dropoutError.set("");
        dropoutProgress.set(-1);
        dropoutStatus.set(Status.RUNNING);
        Ending<DropoutEnsembleResult> ending = new Ending<>(dropoutStatus, dropoutError, r -> {
            dropout.set(r);
            dropoutProgress.set(1);
        });
        int iterations = config.net().iterations();
        dropoutJob.start(job -> DropoutEnsemble.run(config, Mnist.bundled(),
                job.cancelledFlag(), done -> {
                    // Every 20th update is plenty for a progress bar.
                    if (done % 20 == 0) {
                        job.post(() -> dropoutProgress.set(done / steps));
                    }
                }, partial -> job.post(() -> {
                    // The curve grows pass by pass: the result so far is that of M = passes done.
                    dropout.set(partial);
                    dropoutProgress.set((iterations + partial.config().passes()) / steps);
                })), ending);
    }

    void cancelDropout() {
        dropoutJob.cancel();
    }

    /** Stops both runs and forgets their results; the settings go back to the defaults. */
    void reset() {
        // Forgotten, not just cancelled: a late member or end never writes over the reset page.
        ensembleJob.forget();
        dropoutJob.forget();
        members.set(List.of());
        ensemble.set(null);
        dropout.set(null);
        ensembleError.set("");
        dropoutError.set("");
        ensembleProgress.set(0);
        dropoutProgress.set(0);
        ensembleStatus.set(Status.IDLE);
        dropoutStatus.set(Status.IDLE);
        nets.set(EnsembleConfig.DEFAULT_NETS);
        dropoutRatio.set(DropoutEnsembleConfig.DEFAULT_RATIO);
    }

    /** Reports a run's end into its properties (the kit drops the end of a run a reset forgot). */
    private record Ending<R>(ReadOnlyObjectWrapper<Status> status, ReadOnlyObjectWrapper<String> error,
                             Consumer<R> result) implements LabJob.Ending<R> {
        @Override
        public void done(R value) {
            result.accept(value);
            status.set(Status.DONE);
        }

        @Override
        public void cancelled() {
            status.set(Status.CANCELLED);
        }

        @Override
        public void failed(Throwable e) {
            error.set(JobFailure.message(e));
            status.set(Status.FAILED);
        }
    }

    /** Members the next ensemble trains. */
    ReadOnlyIntegerProperty netsProperty() {
        return nets.getReadOnlyProperty();
    }

    /** A new count; a finished ensemble of another count is forgotten (its numbers were not for this one). */
    void setNets(int count) {
        int next = new EnsemblesSetup(count, dropoutRatio.get()).nets();
        if (next != nets.get() && ensembleStatus.get() != Status.RUNNING) {
            members.set(List.of());
            ensemble.set(null);
            ensembleError.set("");
            ensembleProgress.set(0);
            ensembleStatus.set(Status.IDLE);
        }
        nets.set(next);
    }

    ReadOnlyDoubleProperty dropoutRatioProperty() {
        return dropoutRatio.getReadOnlyProperty();
    }

    /** A new ratio; a dropout result of another ratio is forgotten (the table would name the new one). */
    void setDropoutRatio(double ratio) {
        double next = new EnsemblesSetup(nets.get(), ratio).dropoutRatio();
        if (next != dropoutRatio.get() && dropoutStatus.get() != Status.RUNNING) {
            dropout.set(null);
            dropoutError.set("");
            dropoutProgress.set(0);
            dropoutStatus.set(Status.IDLE);
        }
        dropoutRatio.set(next);
    }

    @Override
    public Class<EnsemblesSetup> setupType() {
        return EnsemblesSetup.class;
    }

    @Override
    public EnsemblesSetup setup() {
        return new EnsemblesSetup(nets.get(), dropoutRatio.get());
    }

    /** Both runs forgotten with their results, as by a reset, then the sliders of {@code setup}. */
    @Override
    public void apply(EnsemblesSetup setup) {
        reset();
        nets.set(setup.nets());
        dropoutRatio.set(setup.dropoutRatio());
    }

    ReadOnlyObjectProperty<Status> ensembleStatusProperty() {
        return ensembleStatus.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty ensembleProgressProperty() {
        return ensembleProgress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Member>> membersProperty() {
        return members.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<EnsembleResult> ensembleProperty() {
        return ensemble.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> ensembleErrorProperty() {
        return ensembleError.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Status> dropoutStatusProperty() {
        return dropoutStatus.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty dropoutProgressProperty() {
        return dropoutProgress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<DropoutEnsembleResult> dropoutProperty() {
        return dropout.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> dropoutErrorProperty() {
        return dropoutError.getReadOnlyProperty();
    }

    SmallNet memberNet() {
        return memberNet;
    }

    SmallNet dropoutNet() {
        return dropoutNet;
    }
}
