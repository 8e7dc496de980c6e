package org.gradientlab.ui.scene;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.kit.text.Message;

/**
 * Lessons as JSON: {"version", "lesson": {"title", "steps": [{"scene", "notes", "hidden", "held"}]}},
 * each step's scene a whole scene file of its own, read and checked by {@link SceneReader}.
 */
public final class LessonFiles {
    /** The root field that holds the lesson, the start of the paths its errors name. */
    private static final String LESSON = "lesson";
    private LessonFiles() {}

    /** True when {@code json} is a lesson rather than a single scene (a quick look, no validation). */
    public static boolean isLesson(byte[] json) {
        try {
            JsonNode root = SceneJson.MAPPER.readTree(json);
            return root != null && root.has("lesson");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public static String json(Lesson lesson) {
        ObjectNode root = SceneJson.emptyObject();
        root.put("version", Lesson.VERSION);
        root.set("lesson", SceneJson.tree(lesson));
        try {
            return SceneJson.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lesson could not be written as JSON", e);
        }
    }

    public static void write(Path file, Lesson lesson) throws WriteFailure {
        AtomicWrite.writeString(file, json(lesson));
    }

    /** The lesson {@code json} holds, every step's scene checked against {@code schema}. */
    public static Lesson read(byte[] json, SceneSchema schema) throws SceneError {
        if (json.length > SceneJson.MAX_BYTES * 8L) {
            throw SceneReader.tooLarge(json.length, SceneJson.MAX_BYTES * 8L);
        }
        JsonNode root;
        try {
            root = SceneJson.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            // The scene reader words syntax errors (cut off, not JSON) with line and column.
            SceneReader.read(json, schema);
            throw new SceneError("scene.error.not-json", 0, 0);
        }
        int version = root.path("version").asInt(-1);
        if (version > Lesson.VERSION) {
            throw new SceneError("scene.error.newer", version, Lesson.VERSION);
        }
        JsonNode lesson = root.path("lesson");
        Lesson.Text title = text(lesson.path("title"), LESSON + ".title");
        List<Lesson.Step> steps = new ArrayList<>();
        int index = 0;
        for (Iterator<JsonNode> it = lesson.path("steps").elements(); it.hasNext(); index++) {
            JsonNode step = it.next();
            String at = LESSON + ".steps[" + index + "]";
            SavedScene scene;
            try {
                scene = SceneReader.read(SceneJson.MAPPER.writeValueAsBytes(step.path("scene")), schema);
            } catch (SceneError e) {
                throw new SceneError("lesson.error.step", index + 1, e.message(Message.of("lesson.step", index + 1)));
            } catch (JsonProcessingException e) {
                throw new SceneError("scene.error.invalid", at + ".scene", String.valueOf(e.getOriginalMessage()));
            }
            steps.add(new Lesson.Step(scene, text(step.path("notes"), at + ".notes"), ids(step.path("hidden"), at + ".hidden"),
                    ids(step.path("held"), at + ".held")));
        }
        if (steps.isEmpty()) {
            throw new SceneError("scene.error.missing", LESSON + ".steps");
        }
        return new Lesson(title, steps);
    }

    private static Lesson.Text text(JsonNode node, String path) throws SceneError {
        if (!node.path("en").isTextual() || !node.path("ko").isTextual()) {
            throw new SceneError("scene.error.missing", path + (node.path("en").isTextual() ? ".ko" : ".en"));
        }
        return new Lesson.Text(node.get("en").asText(), node.get("ko").asText());
    }

    private static List<String> ids(JsonNode node, String path) throws SceneError {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : node) {
            if (!id.isTextual()) {
                throw new SceneError("scene.error.invalid", path, "expected node ids in quotes, got " + id);
            }
            ids.add(id.asText());
        }
        return ids;
    }

    /** The file's bytes as a lesson; used by the controller once it has seen "lesson" in them. */
    static Lesson read(String json, SceneSchema schema) throws SceneError {
        return read(json.getBytes(StandardCharsets.UTF_8), schema);
    }
}
