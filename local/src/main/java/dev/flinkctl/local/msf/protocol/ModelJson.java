package dev.flinkctl.local.msf.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between AWS JSON 1.1 documents and the AWS SDK for Java v2 model classes, driven by the
 * fields each model class declares ({@link SdkPojo#sdkFields()}). The SDK's model is generated from
 * the same service model as the real service, so member names (PascalCase), enum strings and
 * nesting come out exactly as AWS sends them. Timestamps are epoch seconds as a JSON number (with a
 * fraction when there are milliseconds), blobs are base64 strings: the JSON protocol's defaults.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html">AWS JSON 1.1 protocol</a>
 */
public final class ModelJson {
    /** The mapper used for every document the endpoint reads or writes. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelJson() {}

    /** The document for a model object: every non-null member under its wire name. */
    public static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null) {
                node.set(field.locationName(), write(field, value));
            }
        }
        return node;
    }

    /**
     * Reads a document into a model object. Members the model does not know are ignored, as the
     * service does.
     *
     * @param builder the model class's builder factory, e.g. {@code StartApplicationRequest::builder}
     * @throws IllegalArgumentException when a member has the wrong JSON type; the message names it
     */
    @SuppressWarnings("unchecked")
    public static <T> T fromJson(JsonNode json, Supplier<? extends SdkBuilder<?, T>> builder) {
        SdkBuilder<?, T> target = builder.get();
        fill((SdkPojo) target, json, "");
        return target.build();
    }

    private static void fill(SdkPojo builder, JsonNode json, String path) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("expected a JSON object at " + (path.isEmpty() ? "the top level" : path));
        }
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = json.get(field.locationName());
            if (value != null && !value.isNull()) {
                field.set(builder, read(field, value, path.isEmpty() ? field.locationName() : path + "." + field.locationName()));
            }
        }
    }

    private static JsonNode write(SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return toJson((SdkPojo) value);
        }
        if (type == MarshallingType.LIST) {
            ArrayNode array = NODES.arrayNode();
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            for (Object item : (List<?>) value) {
                array.add(write(member, item));
            }
            return array;
        }
        if (type == MarshallingType.MAP) {
            ObjectNode map = NODES.objectNode();
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            ((Map<?, ?>) value).forEach((k, v) -> map.set(String.valueOf(k), write(member, v)));
            return map;
        }
        if (type == MarshallingType.INSTANT) {
            return NODES.numberNode(BigDecimal.valueOf(((Instant) value).toEpochMilli()).movePointLeft(3).stripTrailingZeros());
        }
        if (type == MarshallingType.SDK_BYTES) {
            return NODES.textNode(java.util.Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
        }
        return MAPPER.valueToTree(value);
    }

    private static Object read(SdkField<?> field, JsonNode value, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            SdkPojo nested = field.constructor().get();
            fill(nested, value, path);
            return ((SdkBuilder<?, ?>) nested).build();
        }
        if (type == MarshallingType.LIST) {
            expect(value.isArray(), path, "an array");
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                items.add(read(member, value.get(i), path + "[" + i + "]"));
            }
            return items;
        }
        if (type == MarshallingType.MAP) {
            expect(value.isObject(), path, "an object");
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                map.put(entry.getKey(), read(member, entry.getValue(), path + "." + entry.getKey()));
            }
            return map;
        }
        if (type == MarshallingType.STRING) {
            expect(value.isTextual(), path, "a string");
            return value.textValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            expect(value.isBoolean(), path, "true or false");
            return value.booleanValue();
        }
        if (type == MarshallingType.INTEGER) {
            expect(value.isIntegralNumber() && value.canConvertToInt(), path, "an integer");
            return value.intValue();
        }
        if (type == MarshallingType.LONG) {
            expect(value.isIntegralNumber() && value.canConvertToLong(), path, "an integer");
            return value.longValue();
        }
        if (type == MarshallingType.DOUBLE) {
            expect(value.isNumber(), path, "a number");
            return value.doubleValue();
        }
        if (type == MarshallingType.INSTANT) {
            expect(value.isNumber(), path, "a timestamp in epoch seconds");
            return Instant.ofEpochMilli(value.decimalValue().movePointRight(3).longValue());
        }
        if (type == MarshallingType.SDK_BYTES) {
            expect(value.isTextual(), path, "a base64 string");
            try {
                return SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(value.textValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + " is not valid base64");
            }
        }
        throw new IllegalArgumentException(path + " has a type this endpoint does not read: " + type);
    }

    private static void expect(boolean ok, String path, String what) {
        if (!ok) {
            throw new IllegalArgumentException(path + " must be " + what);
        }
    }
}
