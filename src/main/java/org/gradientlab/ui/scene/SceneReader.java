package org.gradientlab.ui.scene;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gradientlab.core.surface.ExpressionException;
import org.gradientlab.ui.kit.text.Message;

/**
 * Reads a scene file whole before anything is applied: JSON syntax, version (an older one is
 * migrated), every lab's setup record (each validates itself) and the look. The first problem
 * found becomes a {@link SceneError} naming the field by its path in the file
 * ("setups.optimizer.runs[2].settings"); nothing here throws anything else.
 */
public final class SceneReader {
    private static final List<String> FIELDS = List.of("version", "lab", "page", "setups", "look");
    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");

    private SceneReader() {}

    /** The scene {@code json} holds, checked against the labs of {@code schema}. */
    public static SavedScene read(byte[] json, SceneSchema schema) throws SceneError {
        if (json.length > SceneJson.MAX_BYTES) {
            throw tooLarge(json.length);
        }
        ObjectNode root = parse(json);
        int version = version(root);
        SceneMigration.forward(root, version);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new SceneError("scene.error.unknown-field", name, String.join(", ", FIELDS));
            }
        }
        for (String field : FIELDS) {
            if (!root.has(field)) {
                throw new SceneError("scene.error.missing", field);
            }
        }
        String lab = text(root, "lab", false);
        String page = text(root, "page", true);
        if (!schema.hasLab(lab)) {
            throw new SceneError("scene.error.unknown-lab", lab, "lab", String.join(", ", schema.pages().keySet()));
        }
        if (page != null && !schema.hasPage(lab, page)) {
            throw new SceneError("scene.error.unknown-lab", page, "page", String.join(", ", schema.pages().get(lab)));
        }
        Map<String, Record> setups = setups(root.get("setups"), schema);
        SceneLook look = root.get("look").isNull() ? null : convert(root.get("look"), SceneLook.class, "look");
        try {
            return new SavedScene(SavedScene.VERSION, lab, page, setups, look);
        } catch (RuntimeException e) {
            throw new SceneError("scene.error.invalid", "", String.valueOf(e.getMessage()));
        }
    }

    static SceneError tooLarge(long bytes) {
        return tooLarge(bytes, SceneJson.MAX_BYTES);
    }

    static SceneError tooLarge(long bytes, long limit) {
        return new SceneError("scene.error.too-large", megabytes(bytes), megabytes(limit));
    }

    private static String megabytes(long bytes) {
        return org.gradientlab.ui.kit.text.Num.fixed(bytes / 1048576.0, 1);
    }

    private static ObjectNode parse(byte[] json) throws SceneError {
        JsonNode tree;
        try {
            tree = SceneJson.MAPPER.readTree(json);
        } catch (JsonEOFException e) {
            throw new SceneError("scene.error.truncated", line(e));
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                // Cut between two entries: Jackson says so in a plain parse error, not an EOF one.
                throw new SceneError("scene.error.truncated", line(e));
            }
            JsonLocation at = e.getLocation();
            throw new SceneError("scene.error.not-json", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (java.io.IOException e) {
            throw new SceneError("scene.error.not-json", 0, 0);
        }
        if (tree == null || !tree.isObject()) {
            throw new SceneError("scene.error.not-scene");
        }
        return (ObjectNode) tree;
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int version(ObjectNode root) throws SceneError {
        JsonNode version = root.get("version");
        if (version == null) {
            throw new SceneError("scene.error.not-scene");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new SceneError("scene.error.version", SavedScene.VERSION, version.toString());
        }
        if (version.intValue() > SavedScene.VERSION) {
            throw new SceneError("scene.error.newer", version.intValue(), SavedScene.VERSION);
        }
        return version.intValue();
    }

    private static String text(ObjectNode root, String field, boolean nullable) throws SceneError {
        JsonNode node = root.get(field);
        if (nullable && node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new SceneError("scene.error.invalid", field, "expected a lab or page id in quotes, got " + node);
        }
        return node.asText();
    }

    private static Map<String, Record> setups(JsonNode labs, SceneSchema schema) throws SceneError {
        if (!labs.isObject()) {
            throw new SceneError("scene.error.invalid", "setups", "expected an object of setups, got " + labs.getNodeType());
        }
        Map<String, Record> setups = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String path = "setups." + key;
            Class<? extends Record> type = schema.setupType(key).orElseThrow(() -> new SceneError(
                    "scene.error.unknown-lab", key, "setups", String.join(", ", schema.setups().keySet())));
            setups.put(key, convert(entry.getValue(), type, path));
        }
        return setups;
    }

    /** {@code node} as a {@code type}, or the error that names where in the file it went wrong. */
    private static <T> T convert(JsonNode node, Class<T> type, String prefix) throws SceneError {
        try {
            return SceneJson.MAPPER.treeToValue(node, type);
        } catch (DatabindException e) {
            throw describe(e, prefix);
        } catch (InputCoercionException e) {
            throw new SceneError("scene.error.not-number", prefix, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SceneError("scene.error.invalid", prefix, String.valueOf(e.getMessage()));
        }
    }

    private static SceneError describe(DatabindException e, String prefix) {
        String path = path(prefix, e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new SceneError("scene.error.unknown-field", path, known);
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String value = String.valueOf(format.getValue());
            return target != null && target.isEnum()
                    ? new SceneError("scene.error.unknown-id", value, path, SceneJson.ids(target))
                    : new SceneError("scene.error.not-number", path, value);
        }
        if (e instanceof ValueInstantiationException made) {
            return refused(made.getCause(), path);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Matcher missing = MISSING.matcher(String.valueOf(mismatch.getOriginalMessage()));
            if (missing.find()) {
                return new SceneError("scene.error.missing", join(path, missing.group(1)));
            }
            if (String.valueOf(mismatch.getOriginalMessage()).startsWith("Cannot map `null` into type")) {
                return new SceneError("scene.error.missing", path);  // absent, or null where a value belongs
            }
            Class<?> target = mismatch.getTargetType();
            if (target != null && (target.isPrimitive() || Number.class.isAssignableFrom(target))) {
                return new SceneError("scene.error.not-number", path, target.getSimpleName());
            }
        }
        return new SceneError("scene.error.invalid", path, firstLine(e.getOriginalMessage()));
    }

    /** A setup record's constructor said no: a formula that does not parse, or a value out of range. */
    private static SceneError refused(Throwable cause, String path) {
        if (cause instanceof ExpressionException formula) {
            return new SceneError("scene.error.formula", path, formula.position() + 1, expected(formula));
        }
        if (cause instanceof NullPointerException missing) {
            return new SceneError("scene.error.missing", join(path, String.valueOf(missing.getMessage())));
        }
        return new SceneError("scene.error.invalid", path, firstLine(cause == null ? null : cause.getMessage()));
    }

    /** What the formula parser expected, worded with the optimizer lab's own keys. */
    private static Message expected(ExpressionException e) {
        return switch (e.kind()) {
            case OPERAND -> Message.of("optimizer.formula.expected.operand");
            case OPERATOR_OR_END -> Message.of("optimizer.formula.expected.operator-or-end");
            case CHARACTER -> Message.of("optimizer.formula.expected.character", e.detail());
            case NAME -> Message.of("optimizer.formula.expected.name", e.detail(), ExpressionException.functionNames());
            case TOO_LONG, TOO_DEEP -> Message.of("scene.error.formula.limit", e.getMessage());
        };
    }

    private static String path(String prefix, DatabindException e) {
        StringBuilder path = new StringBuilder(prefix);
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            for (var ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        return path.toString();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
