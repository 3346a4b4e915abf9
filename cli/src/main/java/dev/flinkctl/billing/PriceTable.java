package dev.flinkctl.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * MSF prices per AWS Region: the table bundled with flinkctl ({@code dev/flinkctl/billing/prices.json}, only Regions
 * with a sourced figure), merged with the user's override file. A Region without a price is an error that asks for
 * {@code --prices FILE}: flinkctl never guesses a price.
 *
 * <p>Format of both files, JSON (or YAML, for any file not named {@code *.json}); prices are numbers or strings in USD:
 * <pre>
 * {"regions": {
 *    "eu-west-1": {"kpuHourUsd": 0.11,                 USD per KPU-hour
 *                  "runningStorageGbMonthUsd": 0.10,   USD per GB-month of running application storage
 *                  "backupGbMonthUsd": 0.023,          USD per GB-month of durable application backups
 *                  "source": "https://...",            optional: where the prices come from
 *                  "retrieved": "2026-11-21",          optional: the date they held there (yyyy-mm-dd)
 *                  "note": "..."}},                    optional
 *  "about": "...", "refresh": "..."}                   optional, ignored
 * </pre>
 * An override file may list a subset of Regions, and for a Region the table already has, a subset of its fields; a
 * Region the table lacks needs all three prices. Other fields are errors, so that a misspelt price is not ignored.
 *
 * <p>To refresh the bundled table (or write an override for another Region), with AWS credentials:
 * <pre>
 * aws pricing get-products --region us-east-1 --service-code AmazonKinesisAnalytics \
 *   --filters Type=TERM_MATCH,Field=regionCode,Value=eu-west-1
 * </pre>
 * and take, in product family {@code Kinesis Analytics}, the USD price of the usage types matching
 * {@code KPU-Hour-Java} (KPU-hour), ending in {@code RunningApplicationStorage} and containing
 * {@code DurableApplicationBackups} (GB-month), without the {@code Interactive} (Studio) variants; set {@code source}
 * to https://aws.amazon.com/managed-service-apache-flink/pricing/ (or the Price List API) and {@code retrieved} to
 * the day. The public bulk offer file of service {@code AmazonKinesisAnalytics} holds the same data.
 */
public final class PriceTable {

    /** The bundled table, a resource next to this class. */
    public static final String BUNDLED = "prices.json";

    private static final Set<String> TOP_LEVEL = Set.of("regions", "about", "refresh");
    private static final Set<String> FIELDS = Set.of("kpuHourUsd", "runningStorageGbMonthUsd", "backupGbMonthUsd",
            "source", "retrieved", "note");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private final Map<String, RegionPrice> prices;

    private PriceTable(Map<String, RegionPrice> prices) {
        this.prices = new TreeMap<>(prices);
    }

    /** @return the table bundled with flinkctl */
    public static PriceTable bundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled price table " + BUNDLED + " is missing");
            }
            return new PriceTable(Map.of()).merge(JSON.readTree(in), BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled price table " + BUNDLED + " is unreadable", e);
        }
    }

    /**
     * @param file an override file in the format above, JSON if named {@code *.json}, YAML otherwise
     * @return this table with the file's Regions and fields in place of its own
     * @throws FlinkctlException (USAGE) when the file cannot be read or is not in the format
     */
    public PriceTable withOverrides(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot read prices file " + file + ": " + e.getMessage(), e);
        }
        boolean json = file.getFileName() != null && file.getFileName().toString().endsWith(".json");
        return withOverrides(text, file.toString(), json ? JSON : YAML);
    }

    /**
     * @param text   overrides in the format above, JSON or YAML (for example a section of the application spec)
     * @param origin where they come from, for messages and as the default {@code source}
     * @return this table with those Regions and fields in place of its own
     * @throws FlinkctlException (USAGE) when the text is not in the format
     */
    public PriceTable withOverrides(String text, String origin) {
        return withOverrides(text, origin, YAML);
    }

    /**
     * @param region an AWS Region code
     * @return its prices, if known
     */
    public Optional<RegionPrice> find(String region) {
        return Optional.ofNullable(prices.get(region));
    }

    /**
     * @param region an AWS Region code
     * @return its prices
     * @throws FlinkctlException (USAGE) naming the fix, {@code --prices FILE}, when the Region has no known prices
     */
    public RegionPrice price(String region) {
        return find(region).orElseThrow(() -> new FlinkctlException(ExitCodes.USAGE, "no known MSF prices for region '"
                + region + "' (flinkctl knows " + String.join(", ", prices.keySet()) + "): give --prices FILE with its "
                + "KPU-hour, running storage and backup prices from 'aws pricing get-products --service-code "
                + "AmazonKinesisAnalytics'"));
    }

    /** @return every Region's prices, by Region code */
    public List<RegionPrice> rows() {
        return List.copyOf(prices.values());
    }

    private PriceTable withOverrides(String text, String origin, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw invalid(origin, "not valid " + (mapper == JSON ? "JSON" : "YAML") + where);
        }
        return merge(root, origin);
    }

    private PriceTable merge(JsonNode root, String origin) {
        if (root == null || !root.isObject() || !root.path("regions").isObject()) {
            throw invalid(origin, "it needs an object \"regions\" of Region codes to prices");
        }
        requireKnown(root, TOP_LEVEL, origin, "");
        Map<String, RegionPrice> merged = new TreeMap<>(prices);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("regions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String region = entry.getKey();
            if (!REGION.matcher(region).matches() || !entry.getValue().isObject()) {
                throw invalid(origin, "'" + region + "' needs to be a Region code, such as eu-west-1, with an object "
                        + "of prices");
            }
            merged.put(region, row(region, entry.getValue(), prices.get(region), origin));
        }
        return new PriceTable(merged);
    }

    private static RegionPrice row(String region, JsonNode node, RegionPrice old, String origin) {
        requireKnown(node, FIELDS, origin, region + " ");
        BigDecimal kpuHour = price(node, "kpuHourUsd", old == null ? null : old.kpuHourUsd(), region, origin);
        BigDecimal storage = price(node, "runningStorageGbMonthUsd",
                old == null ? null : old.runningStorageGbMonthUsd(), region, origin);
        BigDecimal backup = price(node, "backupGbMonthUsd", old == null ? null : old.backupGbMonthUsd(), region,
                origin);
        String source = text(node, "source");
        String note = text(node, "note");
        LocalDate retrieved = date(node, region, origin);
        if (old != null && source == null) {
            // A partial override mixes two origins: say which fields came from where.
            List<String> given = new ArrayList<>();
            node.fieldNames().forEachRemaining(given::add);
            if (note == null) {
                note = String.join(", ", given) + " from " + origin + ", the rest from " + old.source();
            }
        }
        return new RegionPrice(region, kpuHour, storage, backup, source != null ? source : origin, retrieved, note);
    }

    private static BigDecimal price(JsonNode node, String field, BigDecimal old, String region, String origin) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (old == null) {
                throw invalid(origin, region + " needs " + field + " (USD)");
            }
            return old;
        }
        BigDecimal price;
        try {
            price = value.isNumber() ? value.decimalValue() : value.isTextual() ? new BigDecimal(value.asText().trim())
                    : null;
        } catch (NumberFormatException e) {
            price = null;
        }
        if (price == null || price.signum() < 0) {
            throw invalid(origin, region + " " + field + " must be a price in USD of zero or more, not " + value);
        }
        return price;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String region, String origin) {
        String text = text(node, "retrieved");
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(origin, region + " retrieved must be a date such as 2026-11-21, not '" + text + "'");
        }
    }

    private static void requireKnown(JsonNode node, Set<String> known, String origin, String where) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw invalid(origin, where + "has an unknown field '" + name + "' (known: "
                        + String.join(", ", sorted(known)) + ")");
            }
        });
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static FlinkctlException invalid(String origin, String problem) {
        return new FlinkctlException(ExitCodes.USAGE, "prices file " + origin + ": " + problem);
    }
}
