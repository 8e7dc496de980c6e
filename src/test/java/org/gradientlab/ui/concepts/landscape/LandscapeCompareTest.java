package org.gradientlab.ui.concepts.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LandscapeResult;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.concepts.landscape.LandscapeModel.Status;
import org.gradientlab.ui.scene.SavedScene;
import org.gradientlab.ui.scene.SceneFiles;
import org.gradientlab.ui.scene.SceneReader;
import org.gradientlab.ui.scene.SceneSchema;

/** The page's side-by-side comparison, driven through its model on a study that runs in about a second. */
@ExtendWith(ApplicationExtension.class)
class LandscapeCompareTest {
    private static final LandscapeConfig SMALL = LandscapePageTest.SMALL;

    private LandscapeModel model;

    @Start
    void start(Stage stage) {
        model = new LandscapeModel(SMALL);
    }

    private <T> T fx(java.util.concurrent.Callable<T> code) {
        return OnFx.call(code);
    }

    private void runAndAwait() {
        fx(() -> {
            model.run();
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                    () -> OnFx.call(() -> model.statusProperty().get()) != Status.RUNNING);
        } catch (TimeoutException e) {
            throw new AssertionError("the run did not end", e);
        }
        assertEquals(Status.DONE, fx(() -> model.statusProperty().get()), fx(() -> model.errorProperty().get()));
    }

    @Test
    void comparingRunsASecondNetWithTheDefaultOptimizerAdamBesideTheFirst() {
        fx(() -> {
            model.setCompare(true);
            return null;
        });
        assertEquals(List.of(SMALL, SMALL.withOptimizer(OptimizerKind.ADAM)), fx(model::studies));
        runAndAwait();
        LandscapeResult first = fx(() -> model.resultProperty().get());
        LandscapeResult second = fx(() -> model.otherProperty().get());
        assertNotNull(second, "the second net's landscape is on show");
        assertEquals(SMALL, first.config());
        assertEquals(SMALL.withOptimizer(OptimizerKind.ADAM), second.config());
        assertFalse(Arrays.equals(first.batchLoss(), second.batchLoss()), "two different trainings");
    }

    @Test
    void choosingBatchNormForTheSecondNetChangesOnlyItsBatchNorm() {
        fx(() -> {
            model.setCompare(true);
            model.setCompareOptimizer("sgd");
            model.setCompareBatchNorm(true);
            return null;
        });
        runAndAwait();
        LandscapeResult first = fx(() -> model.resultProperty().get());
        LandscapeResult second = fx(() -> model.otherProperty().get());
        assertFalse(first.config().batchNorm());
        assertEquals(first.config().withBatchNorm(true), second.config());
        // The first net's own switches move the first net only.
        fx(() -> {
            model.setOptimizer("adam");
            return null;
        });
        assertEquals(SMALL.withOptimizer(OptimizerKind.ADAM), fx(model::config));
        assertEquals(SMALL.withBatchNorm(true), fx(model::otherConfig));
        assertNull(fx(() -> model.resultProperty().get()), "Adam without batch norm is not measured yet");
        assertSame(second, fx(() -> model.otherProperty().get()), "the second net's landscape stays on show");
    }

    @Test
    void comparingANetWithItselfMeasuresItOnceAndTurningCompareOffHidesTheSecond() {
        fx(() -> {
            model.setCompare(true);
            model.setCompareOptimizer("sgd");
            return null;
        });
        assertEquals(List.of(SMALL), fx(model::studies));
        runAndAwait();
        assertSame(fx(() -> model.resultProperty().get()), fx(() -> model.otherProperty().get()));
        fx(() -> {
            model.setCompare(false);
            return null;
        });
        assertNull(fx(() -> model.otherProperty().get()));
        assertEquals(Status.DONE, fx(() -> model.statusProperty().get()), "the one net stays measured");
    }

    @Test
    void theComparisonTravelsThroughASavedScene() throws Exception {
        fx(() -> {
            model.setOptimizer("adam");
            model.setPlane("random");
            model.setCompare(true);
            model.setCompareOptimizer("sgd");
            model.setCompareBatchNorm(true);
            return null;
        });
        LandscapeSetup saved = fx(model::setup);
        assertEquals(new LandscapeSetup("adam", false, "random", true, "sgd", true), saved);
        String key = SavedScene.key("concepts", "landscape");
        Map<String, Record> setups = new LinkedHashMap<>();
        setups.put(key, saved);
        String json = SceneFiles.json(new SavedScene(SavedScene.VERSION, "concepts", "landscape", setups, null));
        SceneSchema schema = new SceneSchema(Map.of("concepts", List.of("landscape")),
                new LinkedHashMap<>(Map.of(key, LandscapeSetup.class)));
        LandscapeSetup read = (LandscapeSetup) SceneReader.read(json.getBytes(StandardCharsets.UTF_8), schema)
                .setups().get(key);
        LandscapeModel other = fx(() -> new LandscapeModel(SMALL));
        fx(() -> {
            other.apply(read);
            return null;
        });
        assertEquals(saved, fx(other::setup));
        assertEquals(fx(model::studies), fx(other::studies), "the same two nets would be measured");
    }
}
