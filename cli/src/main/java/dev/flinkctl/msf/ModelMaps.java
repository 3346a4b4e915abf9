package dev.flinkctl.msf;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Turns AWS SDK model objects into plain maps keyed by the API's member names ({@code ApplicationName},
 * {@code ApplicationConfigurationDescription}, ...), driven by the fields each model class declares
 * ({@link SdkPojo#sdkFields()}): the SDK has no public JSON marshalling of its model, and this keeps the names, enum
 * strings and nesting exactly as the service sends them. Unset members are left out; timestamps stay
 * {@link java.time.Instant} (printed as ISO-8601, as the AWS CLI does); blobs become base64 strings.
 */
public final class ModelMaps {

    private ModelMaps() {
    }

    /**
     * @param pojo a model object, e.g. an {@code ApplicationDetail}
     * @return its set members, in the model's order, by wire name (a mutable map)
     */
    public static Map<String, Object> toMap(SdkPojo pojo) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (isSet(value)) {
                map.put(field.locationName(), convert(field, value));
            }
        }
        return map;
    }

    private static boolean isSet(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }

    private static Object convert(SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return toMap((SdkPojo) value);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> items = new ArrayList<>();
            ((List<?>) value).forEach(item -> items.add(item == null ? null : convert(member, item)));
            return items;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> entries = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> entries.put(String.valueOf(k), v == null ? null : convert(member, v)));
            return entries;
        }
        if (type == MarshallingType.SDK_BYTES) {
            return Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray());
        }
        return value;
    }
}
