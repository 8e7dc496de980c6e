package org.gradientlab.ui.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.scene.PngText;
import org.gradientlab.core.scene.PngTextTest;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.init.InitSettings;
import org.gradientlab.ui.init.InitSetup;
import org.gradientlab.ui.optimizer.OptimizerLabModel;
import org.gradientlab.ui.optimizer.OptimizerSetup;
import org.gradientlab.ui.theme.Theme;

/**
 * The corrupt-file corpus: every way a scene file can be wrong ends in a {@link SceneError}
 * whose key names the problem and whose arguments name the field, worded in English and Korean;
 * nothing else is thrown. A valid file and the version-1 fixture read back to the same records.
 */
class SceneReaderTest {
    private static final SceneSchema SCHEMA = new SceneSchema(
            Map.of("optimizer", List.of(), "init", List.of(), "concepts", List.of("activations", "conv")),
            new LinkedHashMap<>(Map.of("optimizer", OptimizerSetup.class, "init", InitSetup.class)));

    static SavedScene valid() {
        Map<String, Record> setups = new LinkedHashMap<>();
        setups.put("optimizer", new OptimizerLabModel().setup());
        setups.put("init", new InitSetup(InitSettings.DEFAULT.withLayers(7).withSeed(42), InitSettings.DEFAULT,
                true, false, false));
        return new SavedScene(SavedScene.VERSION, "init", null, setups, new SceneLook(Theme.DARK, 150));
    }

    static String validJson() {
        return SceneFiles.json(valid());
    }

    @Test
    void aWrittenSceneReadsBackEqual() throws SceneError {
        SavedScene read = SceneReader.read(bytes(validJson()), SCHEMA);
        assertEquals(valid(), read);
        assertEquals(List.of("optimizer", "init"), List.copyOf(read.setups().keySet()));
    }

    @Test
    void theFileIsPrettyPrintedWithIdsNotConstantNames() {
        String json = validJson();
        assertTrue(json.contains("\n  \"version\" : 2,\n"), json);
        assertTrue(json.contains("\"kind\" : \"rmsprop\""), json);
        assertTrue(json.contains("\"theme\" : \"dark\""), json);
        assertFalse(json.contains("finite"), "Vec2.isFinite is no field: " + json);
    }

    @Test
    void versionOneMigratesToTheCurrentForm() throws IOException, SceneError {
        byte[] fixture;
        try (InputStream in = SceneReaderTest.class.getResourceAsStream("/scenes/version-1.glab")) {
            fixture = in.readAllBytes();
        }
        SavedScene scene = SceneReader.read(fixture, SCHEMA);
        assertEquals(SavedScene.VERSION, scene.version());
        assertEquals("optimizer", scene.lab());
        assertEquals(null, scene.look());
        OptimizerSetup setup = (OptimizerSetup) scene.setups().get("optimizer");
        assertEquals("rosenbrock", setup.surface());
        assertEquals(new Vec2(-1.5, 2.5), setup.start());
        assertEquals(120, setup.steps());
        assertEquals(60, setup.step());
        assertEquals(OptimizerKind.ADAM, setup.selected());
        assertEquals(OptimizerLabModel.Layout.SMALL_MULTIPLES, setup.layout());
        assertEquals(0.002, setup.runs().get(0).settings().learningRate());
        assertEquals(0.8, setup.runs().get(0).settings().momentum());
        assertEquals(List.of("optimizer"), List.copyOf(scene.setups().keySet()));
    }

    /** name, file content, expected key, expected arguments from {1} on (each rendered text must contain them). */
    static Stream<Arguments> corpus() {
        String ok = validJson();
        return Stream.of(
                Arguments.of("not JSON", "this is not a scene", "scene.error.not-json", List.of()),
                Arguments.of("empty", "", "scene.error.not-scene", List.of()),
                Arguments.of("an array", "[1, 2]", "scene.error.not-scene", List.of()),
                Arguments.of("truncated", ok.substring(0, ok.length() / 2), "scene.error.truncated", List.of()),
                Arguments.of("no version", ok.replace("\"version\" : 2,", ""), "scene.error.not-scene", List.of()),
                Arguments.of("newer version", ok.replace("\"version\" : 2,", "\"version\" : 3,"), "scene.error.newer",
                        List.of("3")),
                Arguments.of("version zero", ok.replace("\"version\" : 2,", "\"version\" : 0,"), "scene.error.version",
                        List.of("0")),
                Arguments.of("version as text", ok.replace("\"version\" : 2,", "\"version\" : \"two\","),
                        "scene.error.version", List.of("two")),
                Arguments.of("unknown lab on show", ok.replace("\"lab\" : \"init\"", "\"lab\" : \"chemistry\""),
                        "scene.error.unknown-lab", List.of("chemistry", "optimizer")),
                Arguments.of("unknown page", ok.replace("\"page\" : null", "\"page\" : \"zoo\""),
                        "scene.error.unknown-lab", List.of("zoo", "page")),
                Arguments.of("unknown setup key", ok.replace("\"optimizer\" : {", "\"optimiser\" : {"),
                        "scene.error.unknown-lab", List.of("optimiser", "setups")),
                Arguments.of("unknown optimizer id", ok.replace("\"kind\" : \"adagrad\"", "\"kind\" : \"adadelta\""),
                        "scene.error.unknown-id", List.of("adadelta", "setups.optimizer.runs[3].settings.kind", "rmsprop")),
                Arguments.of("unknown activation id", ok.replace("\"activation\" : \"sigmoid\"", "\"activation\" : \"swish\""),
                        "scene.error.unknown-id", List.of("swish", "setups.init.settings.activation", "leaky-relu")),
                Arguments.of("unknown theme id", ok.replace("\"theme\" : \"dark\"", "\"theme\" : \"sepia\""),
                        "scene.error.unknown-id", List.of("sepia", "look.theme")),
                Arguments.of("NaN learning rate", ok.replace("\"learningRate\" : 0.95", "\"learningRate\" : \"NaN\""),
                        "scene.error.invalid", List.of("setups.optimizer.runs[0].settings", "learning rate", "NaN")),
                Arguments.of("negative learning rate", ok.replace("\"learningRate\" : 0.95", "\"learningRate\" : -1"),
                        "scene.error.invalid", List.of("setups.optimizer.runs[0].settings", "learning rate", "-1")),
                Arguments.of("infinite start", ok.replace("\"x\" : -7.0", "\"x\" : 1e999"),
                        "scene.error.invalid", List.of("setups.optimizer", "start", "Infinity")),
                Arguments.of("too many layers", ok.replace("\"layers\" : 7", "\"layers\" : 11"),
                        "scene.error.invalid", List.of("setups.init.settings", "layers", "11")),
                Arguments.of("fraction for a whole number", ok.replace("\"layers\" : 7", "\"layers\" : 7.5"),
                        "scene.error.not-number", List.of("setups.init.settings.layers")),
                Arguments.of("text for a number", ok.replace("\"nodes\" : 100", "\"nodes\" : \"many\"").replaceFirst(
                        "\"nodes\" : 100", "\"nodes\" : \"many\""), "scene.error.not-number", List.of("nodes", "many")),
                Arguments.of("font scale out of range", ok.replace("\"fontScale\" : 150", "\"fontScale\" : 900"),
                        "scene.error.invalid", List.of("look", "fontScale", "900")),
                Arguments.of("step beyond the steps", ok.replace("\"step\" : 30", "\"step\" : 31"),
                        "scene.error.invalid", List.of("setups.optimizer", "step", "31")),
                Arguments.of("formula that does not parse", ok.replace("\"surface\" : \"book\"", "\"surface\" : \"x^2 + * y\""),
                        "scene.error.formula", List.of("setups.optimizer", "7")),
                Arguments.of("unknown surface name", ok.replace("\"surface\" : \"book\"", "\"surface\" : \"volcano\""),
                        "scene.error.invalid", List.of("setups.optimizer", "volcano")),
                Arguments.of("misspelt field", ok.replace("\"seed\" : 42", "\"seed\" : 42, \"seedling\" : 1"),
                        "scene.error.unknown-field", List.of("setups.init.settings.seedling", "seed")),
                Arguments.of("null for a number", ok.replace("\"seed\" : 42", "\"seed\" : null"),
                        "scene.error.missing", List.of("setups.init.settings.seed")),
                Arguments.of("missing required field", ok.replace("\"showGradients\" : true,", ""),
                        "scene.error.missing", List.of("showGradients")),
                Arguments.of("unknown top-level field", ok.replace("\"version\" : 2,", "\"version\" : 2, \"author\" : \"me\","),
                        "scene.error.unknown-field", List.of("author")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aCorruptFileGivesItsErrorNamingTheField(String name, String content, String key, List<String> mentions) {
        SceneError error = assertThrows(SceneError.class, () -> SceneReader.read(bytes(content), SCHEMA), name);
        assertEquals(key, error.key(), name + ": " + error.args());
        for (Language language : Language.values()) {
            String text = new I18n(language).text(error.message("lesson.glab"));
            assertFalse(text.contains("!"), name + ": a key is missing: " + text);
            assertTrue(text.startsWith("lesson.glab"), text);
            for (String mention : mentions) {
                assertTrue(text.contains(mention), name + " (" + language + "): '" + mention + "' not in: " + text);
            }
        }
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.glab");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(bytes(validJson()));
            file.setLength(100L << 20);
        }
        SceneError error = assertThrows(SceneError.class, () -> SceneFiles.read(big, SCHEMA));
        assertEquals("scene.error.too-large", error.key());
        assertEquals(List.of("100.0", "1.0"), error.args());
    }

    @Test
    void aPngWithoutASceneSaysSo(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("plain.png");
        Files.write(png, PngTextTest.tinyPng());
        SceneError error = assertThrows(SceneError.class, () -> SceneFiles.read(png, SCHEMA));
        assertEquals("scene.error.png-without-scene", error.key());
    }

    @Test
    void aPngWithASceneOpensIt(@TempDir Path dir) throws IOException, SceneError {
        Path png = dir.resolve("figure.png");
        Files.write(png, PngText.with(PngTextTest.tinyPng(), PngText.SCENE, validJson()));
        assertEquals(valid(), SceneFiles.read(png, SCHEMA));
    }

    @Test
    void aMissingFileOrAFolderIsWorded(@TempDir Path dir) {
        assertEquals("scene.error.no-file",
                assertThrows(SceneError.class, () -> SceneFiles.read(dir.resolve("gone.glab"), SCHEMA)).key());
        assertEquals("scene.error.read", assertThrows(SceneError.class, () -> SceneFiles.read(dir, SCHEMA)).key());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
