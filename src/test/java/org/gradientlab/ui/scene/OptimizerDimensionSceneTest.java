package org.gradientlab.ui.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gradientlab.ui.optimizer.OptimizerLabModel;
import org.gradientlab.ui.optimizer.OptimizerLabModel.Dimension;
import org.gradientlab.ui.optimizer.OptimizerSetup;

/** The optimizer lab's 2-D / 3-D choice in scene files: written by id, and absent in older files. */
class OptimizerDimensionSceneTest {
    private static final SceneSchema SCHEMA = new SceneSchema(Map.of("optimizer", List.of()),
            new LinkedHashMap<>(Map.of("optimizer", OptimizerSetup.class)));

    private static String json(Dimension dimension) {
        OptimizerLabModel model = new OptimizerLabModel();
        model.dimensionProperty().set(dimension);
        Map<String, Record> setups = new LinkedHashMap<>();
        setups.put("optimizer", model.setup());
        return SceneFiles.json(new SavedScene(SavedScene.VERSION, "optimizer", null, setups, null));
    }

    private static OptimizerSetup read(String json) throws SceneError {
        return (OptimizerSetup) SceneReader.read(json.getBytes(StandardCharsets.UTF_8), SCHEMA).setups().get("optimizer");
    }

    @Test
    void theChoiceIsWrittenByIdAndReadBack() throws SceneError {
        String json = json(Dimension.THREE_D);
        assertTrue(json.contains("\"dimension\" : \"three-d\""), json);
        assertEquals(Dimension.THREE_D, read(json).dimension());
    }

    @Test
    void aFileFromBeforeThe3dViewOpensOnTheMap() throws SceneError {
        String json = json(Dimension.BOTH).replaceAll(",\\s*\"dimension\" : \"both\"", "");
        assertFalse(json.contains("dimension"), json);
        assertEquals(Dimension.TWO_D, read(json).dimension());
    }

    @Test
    void anUnknownChoiceIsAnErrorNamingTheField() {
        String json = json(Dimension.BOTH).replace("\"dimension\" : \"both\"", "\"dimension\" : \"four-d\"");
        SceneError error = org.junit.jupiter.api.Assertions.assertThrows(SceneError.class, () -> read(json));
        assertTrue(String.valueOf(error.args()).contains("dimension"), error.key() + " " + error.args());
    }
}
