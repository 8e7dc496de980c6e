package org.gradientlab.ui.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.ui.optimizer.OptimizerLabModel;
import org.gradientlab.ui.optimizer.OptimizerSetup;

/** The optimizer lab's gradient noise in scene files: saved and read back, and σ = 0 for a file from before it. */
class OptimizerNoiseSceneTest {
    private static final SceneSchema SCHEMA = new SceneSchema(Map.of("optimizer", List.of()),
            new LinkedHashMap<>(Map.of("optimizer", OptimizerSetup.class)));

    private static String json(OptimizerSetup setup) {
        Map<String, Record> setups = new LinkedHashMap<>();
        setups.put("optimizer", setup);
        return SceneFiles.json(new SavedScene(SavedScene.VERSION, "optimizer", null, setups, null));
    }

    private static OptimizerSetup read(String json) throws SceneError {
        return (OptimizerSetup) SceneReader.read(json.getBytes(StandardCharsets.UTF_8), SCHEMA).setups().get("optimizer");
    }

    @Test
    void noiseIsSavedAndAppliedBack() throws SceneError {
        OptimizerLabModel model = new OptimizerLabModel();
        model.setNoise(new GradientNoise(0.3, 11));
        String json = json(model.setup());
        assertTrue(json.contains("\"sigma\" : 0.3"), json);
        OptimizerLabModel other = new OptimizerLabModel();
        other.apply(read(json));
        assertEquals(new GradientNoise(0.3, 11), other.noise());
        assertEquals(model.run(OptimizerKind.SGD).trajectory().points(), other.run(OptimizerKind.SGD).trajectory().points(),
                "the same seed walks the same noisy path");
    }

    @Test
    void aFileWithoutNoiseOpensWithExactGradients() throws SceneError {
        OptimizerLabModel model = new OptimizerLabModel();
        model.setNoise(new GradientNoise(0.3, 11));
        String json = json(model.setup());
        String old = json.replaceAll(",\\s*\"noise\" : \\{[^}]*\\}", "");
        assertTrue(!old.contains("noise") && !old.contains("sigma"), old);
        OptimizerSetup setup = read(old);
        assertEquals(GradientNoise.NONE, setup.noise());
        model.apply(setup);
        assertTrue(model.noise().isNone());
    }

    @Test
    void aNegativeSigmaInAFileIsRefusedWithItsPath() {
        String json = json(new OptimizerLabModel().setup()).replace("\"sigma\" : 0.0", "\"sigma\" : -1.0");
        SceneError error = org.junit.jupiter.api.Assertions.assertThrows(SceneError.class, () -> read(json));
        assertTrue(String.valueOf(error.args()).contains("setups.optimizer.noise"), error.key() + " " + error.args());
    }

    @Test
    void aFileCutBetweenTwoEntriesIsCalledTruncated() {
        String json = json(new OptimizerLabModel().setup());
        int cut = json.indexOf("\"enabled\" : true,") + "\"enabled\" : true,".length();
        SceneError error = org.junit.jupiter.api.Assertions.assertThrows(SceneError.class,
                () -> read(json.substring(0, cut) + "\n   "));
        assertEquals("scene.error.truncated", error.key());
    }
}
