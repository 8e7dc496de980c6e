package org.gradientlab.ui.scene;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Scene files as JSON, through Jackson: records map field by field, enums are written by their
 * id ("leaky-relu", "std-0-01"), and reading is strict (a missing or unknown field, a fraction
 * where a whole number belongs, an unknown id are errors). {@link SceneReader} turns what goes
 * wrong into a {@link SceneError}.
 */
final class SceneJson {
    /** Enough for every lab's setup many times over; a bigger file is refused before parsing. */
    static final int MAX_BYTES = 1 << 20;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64).maxStringLength(MAX_BYTES).maxNumberLength(64).build())
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // Only record components are fields (read from the record's fields): Vec2.isFinite() is no "finite".
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .addModule(enumIds())
            .build();

    private SceneJson() {}

    /** An enum constant's id as the app spells it elsewhere: THEME_NAME → "theme-name". */
    static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The ids of an enum, for a message listing what was expected. */
    static String ids(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> id((Enum<?>) c)).collect(Collectors.joining(", "));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SimpleModule enumIds() {
        SimpleModule module = new SimpleModule("scene-enum-ids");
        module.addSerializer(new StdSerializer<Enum>(Enum.class) {
            @Override
            public void serialize(Enum value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(id(value));
            }
        });
        module.setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                            BeanDescription description) {
                return new EnumIdDeserializer(type);
            }
        });
        return module;
    }

    /** Reads an enum by its id; anything else is the caller's weird value, reported with the type. */
    private static final class EnumIdDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final Map<String, Object> byId = new LinkedHashMap<>();

        EnumIdDeserializer(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                byId.put(id((Enum<?>) constant), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
            String text = in.getValueAsString();
            Object constant = text == null ? null : byId.get(text);
            if (constant == null) {
                return context.handleWeirdStringValue(handledType(), text == null ? in.getText() : text,
                        "not one of %s", ids(handledType()));
            }
            return constant;
        }
    }

    /** The scene as pretty-printed JSON, its fields in the record's order. */
    static String write(SavedScene scene) {
        try {
            return MAPPER.writeValueAsString(scene) + "\n";
        } catch (IOException e) {
            // Records of numbers, strings and enums always serialize.
            throw new IllegalStateException("scene could not be written as JSON", e);
        }
    }

    static ObjectNode emptyObject() {
        return MAPPER.createObjectNode();
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
