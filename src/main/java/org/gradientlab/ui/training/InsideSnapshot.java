package org.gradientlab.ui.training;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.TabPane;

/**
 * `snapshot --lab training --view … --run`: the training lab's views chosen by id, and its default
 * experiment run to its end through the lab's own model and job, so a headless picture shows what
 * a learner sees after pressing Start (issue 18.4).
 */
final class InsideSnapshot {
    static final String CURVES = "curves";
    static final String INSIDE = "inside";
    /** The Inside tab with "Compare two runs" ticked: the two newest finished runs side by side. */
    static final String COMPARE = "compare";
    static final List<String> VIEWS = List.of(CURVES, INSIDE, COMPARE);

    private InsideSnapshot() {}

    /** Selects the tab of {@code viewId} in {@code tabs}; "compare" also ticks the comparison. */
    static void show(TabPane tabs, InsideCompare compare, String viewId) {
        if (!VIEWS.contains(viewId)) {
            throw new IllegalArgumentException("the training lab has no view '" + viewId + "'; views: "
                    + String.join("|", VIEWS));
        }
        tabs.getSelectionModel().select(CURVES.equals(viewId) ? 0 : 1);
        compare.toggle().setSelected(COMPARE.equals(viewId));
    }

    /**
     * Runs the edited experiment ({@code iterations} long when positive) to its end; for
     * "compare", then the same with batch norm switched, so two finished runs can stand side by
     * side. Completes on the FX thread when the last run is listed; exceptionally when a run
     * fails or is refused.
     */
    static CompletionStage<Void> runToEnd(TrainingLabModel model, int iterations, InsideCompare compare) {
        boolean twoRuns = compare.toggle().isSelected();
        TrainingParameters p = model.parametersProperty().get();
        TrainingParameters first = iterations > 0 ? withLength(p, iterations) : p;
        model.edit(first);
        CompletableFuture<Void> done = runOnce(model);
        if (!twoRuns) {
            return done;
        }
        return done.thenCompose(none -> {
            model.edit(withBatchNorm(first, !first.batchNorm()));
            return runOnce(model);
        }).thenRun(() -> {
            // Ticked again now the runs are listed, so its empty boxes take the two newest.
            compare.toggle().setSelected(false);
            compare.toggle().setSelected(true);
        });
    }

    /** Starts one run; completes when the model has listed it (state FINISHED). */
    private static CompletableFuture<Void> runOnce(TrainingLabModel model) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        int listed = model.runs().size();
        ChangeListener<RunState> ended = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunState> o, RunState was, RunState is) {
                if (is == RunState.FINISHED) {
                    model.stateProperty().removeListener(this);
                    if (model.runs().size() > listed) {
                        done.complete(null);
                    } else {
                        done.completeExceptionally(new IllegalStateException(model.statusProperty().get().toString()));
                    }
                }
            }
        };
        model.stateProperty().addListener(ended);
        model.start(false);
        if (model.stateProperty().get() != RunState.RUNNING && !done.isDone()) {
            model.stateProperty().removeListener(ended);
            done.completeExceptionally(new IllegalStateException("the training lab refused to start: "
                    + model.statusProperty().get()));
        }
        return done;
    }

    static TrainingParameters withLength(TrainingParameters p, int length) {
        return new TrainingParameters(p.preset(), p.optimizer(), p.learningRate(), p.init(), p.activation(),
                p.hiddenSizes(), p.batchSize(), length, p.batchNorm(), p.dropoutRatio(), p.weightDecay(),
                p.trainSize(), p.seed());
    }

    static TrainingParameters withBatchNorm(TrainingParameters p, boolean on) {
        return new TrainingParameters(p.preset(), p.optimizer(), p.learningRate(), p.init(), p.activation(),
                p.hiddenSizes(), p.batchSize(), p.length(), on, p.dropoutRatio(), p.weightDecay(), p.trainSize(),
                p.seed());
    }
}
