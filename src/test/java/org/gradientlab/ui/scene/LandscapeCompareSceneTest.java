package org.gradientlab.ui.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gradientlab.ui.concepts.landscape.LandscapeSetup;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * The loss-landscape page's comparison in scene files: saved and read back; a file written before
 * the comparison existed (SceneMigration) opens with compare off against Adam without batch norm,
 * keeping everything it held; a damaged one is refused with a message that says where.
 */
class LandscapeCompareSceneTest {
    private static final String KEY = "concepts/landscape";
    private static final SceneSchema SCHEMA = new SceneSchema(Map.of("concepts", List.of("landscape")),
            new LinkedHashMap<>(Map.of(KEY, LandscapeSetup.class)));

    private static SavedScene read(String json) throws SceneError {
        return SceneReader.read(json.getBytes(StandardCharsets.UTF_8), SCHEMA);
    }

    private static String json(LandscapeSetup setup) {
        Map<String, Record> setups = new LinkedHashMap<>();
        setups.put(KEY, setup);
        return SceneFiles.json(new SavedScene(SavedScene.VERSION, "concepts", "landscape", setups, null));
    }

    @Test
    void aComparisonIsSavedAndReadBackFieldByField() throws SceneError {
        LandscapeSetup setup = new LandscapeSetup("adam", true, "random", true, "sgd", true);
        String json = json(setup);
        assertTrue(json.contains("\"compare\" : true") && json.contains("\"compareOptimizer\" : \"sgd\"")
                && json.contains("\"compareBatchNorm\" : true"), json);
        assertEquals(setup, read(json).setups().get(KEY));
    }

    @Test
    void aVersion2FileFromBeforeTheComparisonOpensWithItsDefaultsAndNothingLost() throws SceneError {
        // Written by hand in the shape the page saved before the comparison: three fields only.
        String old = """
                {
                  "version" : 2,
                  "lab" : "concepts",
                  "page" : "landscape",
                  "setups" : {
                    "concepts/landscape" : { "optimizer" : "adam", "batchNorm" : true, "plane" : "random" }
                  },
                  "look" : null
                }
                """;
        SavedScene scene = read(old);
        assertEquals("concepts", scene.lab());
        assertEquals("landscape", scene.page());
        assertEquals(new LandscapeSetup("adam", true, "random", false, "adam", false), scene.setups().get(KEY));
    }

    @Test
    void aVersion1FileOfThePageOpensWithTheComparisonOff() throws SceneError {
        String old = """
                {"version": 1, "lab": "concepts", "page": "landscape",
                 "setup": {"optimizer": "sgd", "batchNorm": false, "plane": "pca"}}
                """;
        SavedScene scene = read(old);
        assertEquals("landscape", scene.page());
        assertEquals(new LandscapeSetup("sgd", false, "pca", false, "adam", false), scene.setups().get(KEY));
    }

    @Test
    void aFileThatHasTheComparisonKeepsItsOwnValues() throws SceneError {
        // Migration fills only what is missing: a file with "compare" is read as written.
        String json = json(new LandscapeSetup("sgd", false, "pca", true, "sgd", true));
        assertEquals(new LandscapeSetup("sgd", false, "pca", true, "sgd", true), read(json).setups().get(KEY));
    }

    @Test
    void anUnknownComparedOptimizerIsRefusedNamingTheFieldAndTheChoices() {
        String json = json(new LandscapeSetup("sgd", false, "pca", true, "adam", false))
                .replace("\"compareOptimizer\" : \"adam\"", "\"compareOptimizer\" : \"lion\"");
        SceneError error = assertThrows(SceneError.class, () -> read(json));
        String text = new I18n(Language.ENGLISH).text(error.message("old.glab"));
        assertTrue(text.contains("setups.concepts/landscape") && text.contains("compareOptimizer")
                && text.contains("lion") && text.contains("sgd") && text.contains("adam"), text);
    }

    @Test
    void aComparisonFlagThatIsNotTrueOrFalseIsRefusedNamingItsPath() {
        String json = json(new LandscapeSetup("sgd", false, "pca"))
                .replace("\"compare\" : false", "\"compare\" : \"maybe\"");
        SceneError error = assertThrows(SceneError.class, () -> read(json));
        String text = new I18n(Language.ENGLISH).text(error.message("old.glab"));
        assertTrue(text.contains("setups.concepts/landscape.compare"), text);
    }

    @Test
    void anOldFileCutShortIsCalledTruncated() {
        String old = "{\"version\": 2, \"lab\": \"concepts\", \"page\": \"landscape\", \"setups\": "
                + "{\"concepts/landscape\": {\"optimizer\": \"adam\", \"batchNorm\": true,";
        SceneError error = assertThrows(SceneError.class, () -> read(old));
        assertEquals("scene.error.truncated", error.key());
        String text = new I18n(Language.ENGLISH).text(error.message("old.glab"));
        assertTrue(text.contains("old.glab is cut off"), text);
    }
}
