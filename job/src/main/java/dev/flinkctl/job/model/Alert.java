package dev.flinkctl.job.model;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * One fraud alert. Fields a rule does not use are null. A Flink POJO.
 *
 * <p>{@link #windowStart} is inclusive and {@link #windowEnd} exclusive, both epoch milliseconds UTC.
 */
@TypeInfo(Alert.TypeFactory.class)
public class Alert {
    public Rule rule;
    /** The card id or user id the rule is keyed by. */
    public String key;
    public long windowStart;
    public long windowEnd;
    public long transactionCount;
    /** Sum of the counted amounts (for DECLINED_THEN_APPROVED: the approved amount), scale 2. */
    public BigDecimal totalAmount;
    /** Sorted distinct countries (MULTI_COUNTRY only). */
    public List<String> countries;
    /** The approved transaction (DECLINED_THEN_APPROVED only). */
    public String transactionId;

    /** For Flink's POJO serializer. */
    public Alert() {}

    /** Creates an alert; see the field docs for units. */
    public Alert(
            Rule rule,
            String key,
            long windowStart,
            long windowEnd,
            long transactionCount,
            BigDecimal totalAmount,
            List<String> countries,
            String transactionId) {
        this.rule = rule;
        this.key = key;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.transactionCount = transactionCount;
        this.totalAmount = totalAmount;
        this.countries = countries;
        this.transactionId = transactionId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Alert)) {
            return false;
        }
        Alert a = (Alert) o;
        return windowStart == a.windowStart
                && windowEnd == a.windowEnd
                && transactionCount == a.transactionCount
                && rule == a.rule
                && Objects.equals(key, a.key)
                && Objects.equals(totalAmount, a.totalAmount)
                && Objects.equals(countries, a.countries)
                && Objects.equals(transactionId, a.transactionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, key, windowStart, windowEnd, transactionCount, totalAmount, countries, transactionId);
    }

    @Override
    public String toString() {
        return "Alert{" + rule + ", key=" + key + ", [" + windowStart + "," + windowEnd + "), n=" + transactionCount
                + ", total=" + totalAmount + ", countries=" + countries + ", tx=" + transactionId + "}";
    }

    /** Flink's POJO serializer with a list serializer for {@link #countries} (Kryo otherwise). */
    public static final class TypeFactory extends TypeInfoFactory<Alert> {
        @Override
        public TypeInformation<Alert> createTypeInfo(Type type, Map<String, TypeInformation<?>> parameters) {
            return Types.POJO(Alert.class, Map.of(
                    "rule", Types.ENUM(Rule.class),
                    "key", Types.STRING,
                    "windowStart", Types.LONG,
                    "windowEnd", Types.LONG,
                    "transactionCount", Types.LONG,
                    "totalAmount", Types.BIG_DEC,
                    "countries", Types.LIST(Types.STRING),
                    "transactionId", Types.STRING));
        }
    }
}
