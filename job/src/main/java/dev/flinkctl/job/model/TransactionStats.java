package dev.flinkctl.job.model;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Running statistics of the transactions in one window: the accumulator of the windowed rules. A
 * Flink POJO, kept in window state.
 */
@TypeInfo(TransactionStats.TypeFactory.class)
public class TransactionStats {
    public long count;
    /** Sum of amounts, scale 2. */
    public BigDecimal total = BigDecimal.ZERO.setScale(2);
    /** Sorted distinct countries, or null when the rule does not track them. */
    public List<String> countries;

    /** For Flink's POJO serializer. */
    public TransactionStats() {}

    /** Empty statistics; {@code trackCountries} decides whether countries are collected. */
    public static TransactionStats empty(boolean trackCountries) {
        TransactionStats stats = new TransactionStats();
        stats.countries = trackCountries ? new ArrayList<>(2) : null;
        return stats;
    }

    /** Adds one transaction. */
    public void add(Transaction t) {
        count++;
        total = total.add(t.amount);
        if (countries != null) {
            addCountry(t.country);
        }
    }

    /** Adds everything counted in {@code other} (window merging). */
    public void merge(TransactionStats other) {
        count += other.count;
        total = total.add(other.total);
        if (countries != null && other.countries != null) {
            other.countries.forEach(this::addCountry);
        }
    }

    /** The number of distinct countries, 0 when not tracked. */
    public int countryCount() {
        return countries == null ? 0 : countries.size();
    }

    private void addCountry(String country) {
        // A handful of countries per window: a sorted list beats a TreeSet and needs no Kryo.
        int at = java.util.Collections.binarySearch(countries, country);
        if (at < 0) {
            countries.add(-at - 1, country);
        }
    }

    /** Flink's POJO serializer with a list serializer for {@link #countries} (Kryo otherwise). */
    public static final class TypeFactory extends TypeInfoFactory<TransactionStats> {
        @Override
        public TypeInformation<TransactionStats> createTypeInfo(Type type, Map<String, TypeInformation<?>> parameters) {
            return Types.POJO(TransactionStats.class, Map.of(
                    "count", Types.LONG, "total", Types.BIG_DEC, "countries", Types.LIST(Types.STRING)));
        }
    }
}
