package dev.flinkctl.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.lint.RuntimeEnvironment;
import dev.flinkctl.spec.SpecNode.Location;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an application spec file ({@code flinkctl.yaml}) into an {@link ApplicationSpec}: parses the YAML with
 * Jackson, checks every key, type and value, and fills in the defaults. Every problem is a {@link FlinkctlException}
 * with {@link ExitCodes#USAGE} and one line that starts with {@code file:line:column:}.
 */
public final class SpecReader {
    /** MSF's ApplicationName. */
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,128}");
    /** The Flink runtimes MSF still runs, as the linter knows them (the SDK's list without the end-of-life ones). */
    static final List<String> RUNTIMES = RuntimeEnvironment.known().stream().map(RuntimeEnvironment::id).toList();

    /** The top-level keys, in the order error messages list them. */
    static final List<String> TOP_KEYS = List.of("name", "description", "runtimeEnvironment",
            "serviceExecutionRole", "code", "scaling", "checkpointing", "snapshots", "snapshotRetention",
            "systemRollback", "monitoring", "logging", "properties", "vpc", "tags", "deploy", "cost");
    private static final List<String> CODE_KEYS = List.of("jar", "maven", "artifact", "bucket", "prefix");
    private static final List<String> SCALING_KEYS = List.of("parallelism", "parallelismPerKpu", "autoScaling");
    private static final List<String> CHECKPOINT_KEYS = List.of("enabled", "interval", "minPauseBetween");
    private static final List<String> MONITORING_KEYS = List.of("logLevel", "metricsLevel");
    private static final List<String> LOGGING_KEYS = List.of("enabled", "logGroup", "logStream");
    private static final List<String> VPC_KEYS = List.of("subnetIds", "securityGroupIds");
    private static final List<String> DEPLOY_KEYS = List.of("timeout", "healthGate");
    private static final List<String> COST_KEYS = List.of("prices");
    private static final List<String> RETENTION_KEYS = List.of("keep", "olderThan");
    private static final List<String> HEALTH_GATE_KEYS = List.of("period", "maxRestarts", "maxFailedCheckpoints");
    private static final List<String> LOG_LEVELS = List.of("INFO", "WARN", "ERROR", "DEBUG");
    private static final List<String> METRICS_LEVELS = List.of("APPLICATION", "TASK", "OPERATOR", "PARALLELISM");

    private static final int MAX_DESCRIPTION = 1024;
    private static final int MAX_PARALLELISM_PER_KPU = 8;
    private static final int MAX_SUBNETS = 16;
    private static final int MAX_SECURITY_GROUPS = 5;
    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG_KEY = 128;
    private static final int MAX_TAG_VALUE = 256;
    private static final Pattern ROLE = Pattern.compile("arn:[^:\\s]+:iam::\\d{12}:role/\\S+");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern LOG_GROUP = Pattern.compile("[.\\-_/#A-Za-z0-9]{1,512}");
    private static final Pattern LOG_STREAM = Pattern.compile("[^:*]{1,512}");

    private static final YAMLFactory YAML = new YAMLFactory();

    private final PropertyGroups properties;

    /** @param env the environment {@code fromEnv} values come from: {@code System.getenv()}, or a map in tests */
    public SpecReader(Map<String, String> env) {
        this.properties = new PropertyGroups(Objects.requireNonNull(env, "env"));
    }

    /**
     * Reads and validates {@code file}. Relative paths in it are resolved against its directory.
     *
     * @param file the spec file; error messages show it as given
     * @return the spec, every default filled in
     * @throws FlinkctlException {@link ExitCodes#USAGE} when the file is missing, empty, not YAML, or has an
     *                           unknown key, a value of the wrong type or an invalid value
     */
    public ApplicationSpec read(Path file) {
        String shown = file.toString();
        if (Files.isDirectory(file)) {
            throw new FlinkctlException(ExitCodes.USAGE, shown + " is a directory: pass -f FILE with a spec file");
        }
        if (!Files.isRegularFile(file)) {
            throw new FlinkctlException(ExitCodes.USAGE, "no such spec file: " + shown
                    + ": create one with 'flinkctl init' or pass -f FILE");
        }
        try {
            SpecNode root = parse(file);
            if (root == null || root instanceof SpecNode.Null) {
                throw new FlinkctlException(ExitCodes.USAGE, shown + ": the spec file is empty: it needs at least "
                        + "'name: my-application' (or run 'flinkctl init --force' to write a starter)");
            }
            return bind(file.toAbsolutePath().normalize(), root);
        } catch (SpecError e) {
            throw new FlinkctlException(ExitCodes.USAGE, at(shown, e.location()) + e.getMessage());
        } catch (StreamReadException e) {
            throw invalidYaml(shown, e);
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    private static SpecNode parse(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             YAMLParser parser = YAML.createParser(reader)) {
            return SpecNode.read(parser);
        }
    }

    private static String at(String file, Location location) {
        return file + ":" + location.line() + ":" + location.column() + ": ";
    }

    private static FlinkctlException invalidYaml(String file, StreamReadException error) {
        // SnakeYAML knows where the problem is; Jackson's location is where its parser stopped, often a line earlier.
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new FlinkctlException(ExitCodes.USAGE, file + ": not UTF-8 text: save it as UTF-8", error);
            }
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Location location = new Location(marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1);
                return new FlinkctlException(ExitCodes.USAGE, at(file, location) + "invalid YAML: "
                        + firstLine(marked.getProblem()) + context(marked), error);
            }
        }
        JsonLocation location = error.getLocation();
        String where = location == null ? file + ": " : at(file, Location.of(location));
        return new FlinkctlException(ExitCodes.USAGE,
                where + "invalid YAML: " + firstLine(error.getOriginalMessage()), error);
    }

    /** Where an unclosed bracket or quote started, which is where the mistake usually is. */
    private static String context(MarkedYAMLException marked) {
        if (marked.getContext() == null || marked.getContextMark() == null
                || marked.getContextMark().getLine() == marked.getProblemMark().getLine()) {
            return "";
        }
        return " (" + firstLine(marked.getContext()) + " at line " + (marked.getContextMark().getLine() + 1)
                + ", column " + (marked.getContextMark().getColumn() + 1) + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable document";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private ApplicationSpec bind(Path file, SpecNode root) {
        Section top = Section.of("", root, TOP_KEYS);
        String name = top.string("name", null);
        if (name == null) {
            throw new SpecError(top.location(), "missing key 'name': name the application, e.g. 'name: "
                    + ApplicationSpec.DEFAULT_NAME + "'");
        }
        top.check(NAME.matcher(name).matches(), "name",
                "name must be 1 to 128 letters, digits, '_', '.' or '-', not '" + name + "'");
        String description = top.string("description", null);
        top.check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                "description must be at most " + MAX_DESCRIPTION + " characters, not " + length(description));
        String role = top.string("serviceExecutionRole", null);
        top.check(role == null || ROLE.matcher(role).matches(), "serviceExecutionRole",
                "serviceExecutionRole must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME), not '" + role + "'");
        return new ApplicationSpec(file, name, description,
                oneOf(top, "runtimeEnvironment", RUNTIMES, ApplicationSpec.DEFAULT_RUNTIME), role,
                code(top, file.getParent()), scaling(top), checkpointing(top),
                top.bool("snapshots", true), top.bool("systemRollback", false), monitoring(top), logging(top, name),
                properties.read(top), vpc(top), tags(top), deploy(top), snapshotRetention(top),
                cost(top, file.getParent()));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** Case-insensitive, so {@code flink-1_20} and {@code info} work; the result is upper case. */
    private static String oneOf(Section section, String key, List<String> allowed, String fallback) {
        String value = section.string(key, fallback);
        String normalized = value.strip().toUpperCase(Locale.ROOT);
        section.check(allowed.contains(normalized), key, section.path(key) + " must be one of "
                + String.join(", ", allowed) + ", not '" + value + "'");
        return normalized;
    }

    private static CodeSpec code(Section top, Path dir) {
        Section code = top.section("code", CODE_KEYS);
        if (code == null) {
            return CodeSpec.included();
        }
        Path jar = path(code, "jar", dir);
        Path maven = path(code, "maven", dir);
        code.check(jar == null || maven == null, "maven",
                "code.jar and code.maven are both set: give jar for a built jar or maven to have flinkctl build one");
        String artifact = code.string("artifact", null);
        code.check(artifact == null || maven != null, "artifact", "code.artifact applies only with code.maven");
        code.check(artifact == null || !artifact.isBlank(), "artifact", "code.artifact must not be empty");
        String bucket = code.string("bucket", null);
        code.check(bucket == null || BUCKET.matcher(bucket).matches(), "bucket", "code.bucket must be an S3 bucket "
                + "name (3 to 63 lower-case letters, digits, '.' or '-'), not '" + bucket + "'");
        return new CodeSpec(jar, maven, artifact, bucket, code.string("prefix", CodeSpec.DEFAULT_PREFIX));
    }

    private static Path path(Section section, String key, Path dir) {
        String text = section.string(key, null);
        if (text == null) {
            return null;
        }
        section.check(!text.isBlank(), key, section.path(key) + " must not be empty");
        try {
            return dir.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw section.error(key, section.path(key) + " is not a valid path: " + e.getReason());
        }
    }

    private static ScalingSpec scaling(Section top) {
        Section scaling = top.section("scaling", SCALING_KEYS);
        if (scaling == null) {
            return ScalingSpec.defaults();
        }
        ScalingSpec defaults = ScalingSpec.defaults();
        int parallelism = scaling.integer("parallelism", defaults.parallelism());
        scaling.check(parallelism >= 1, "parallelism",
                "scaling.parallelism must be at least 1, not " + parallelism);
        int perKpu = scaling.integer("parallelismPerKpu", defaults.parallelismPerKpu());
        scaling.check(perKpu >= 1 && perKpu <= MAX_PARALLELISM_PER_KPU, "parallelismPerKpu",
                "scaling.parallelismPerKpu must be 1 to " + MAX_PARALLELISM_PER_KPU + ", not " + perKpu);
        return new ScalingSpec(parallelism, perKpu, scaling.bool("autoScaling", defaults.autoScaling()));
    }

    private static CheckpointSpec checkpointing(Section top) {
        Section checkpointing = top.section("checkpointing", CHECKPOINT_KEYS);
        if (checkpointing == null) {
            return CheckpointSpec.defaults();
        }
        Duration interval = checkpointing.duration("interval", CheckpointSpec.DEFAULT_INTERVAL);
        checkpointing.check(interval.compareTo(Duration.ofMillis(1)) >= 0, "interval",
                "checkpointing.interval must be at least 1ms, not " + Durations.format(interval));
        Duration minPause = checkpointing.duration("minPauseBetween", CheckpointSpec.DEFAULT_MIN_PAUSE);
        checkpointing.check(!minPause.isNegative(), "minPauseBetween",
                "checkpointing.minPauseBetween must not be negative, not " + Durations.format(minPause));
        return new CheckpointSpec(true, checkpointing.bool("enabled", true), interval, minPause);
    }

    private static MonitoringSpec monitoring(Section top) {
        Section monitoring = top.section("monitoring", MONITORING_KEYS);
        if (monitoring == null) {
            return MonitoringSpec.defaults();
        }
        MonitoringSpec defaults = MonitoringSpec.defaults();
        return new MonitoringSpec(true, oneOf(monitoring, "logLevel", LOG_LEVELS, defaults.logLevel()),
                oneOf(monitoring, "metricsLevel", METRICS_LEVELS, defaults.metricsLevel()));
    }

    private static LoggingSpec logging(Section top, String name) {
        LoggingSpec defaults = LoggingSpec.defaults(name);
        Section logging = top.section("logging", LOGGING_KEYS);
        if (logging == null) {
            return defaults;
        }
        String group = logging.string("logGroup", defaults.logGroup());
        logging.check(LOG_GROUP.matcher(group).matches(), "logGroup", "logging.logGroup must be 1 to 512 letters, "
                + "digits, '.', '-', '_', '/' or '#', not '" + group + "'");
        String stream = logging.string("logStream", defaults.logStream());
        logging.check(LOG_STREAM.matcher(stream).matches(), "logStream",
                "logging.logStream must be 1 to 512 characters without ':' or '*', not '" + stream + "'");
        return new LoggingSpec(logging.bool("enabled", defaults.enabled()), group, stream);
    }

    private static VpcSpec vpc(Section top) {
        Section vpc = top.section("vpc", VPC_KEYS);
        if (vpc == null) {
            return null;
        }
        return new VpcSpec(ids(vpc, "subnetIds", MAX_SUBNETS), ids(vpc, "securityGroupIds", MAX_SECURITY_GROUPS));
    }

    private static List<String> ids(Section vpc, String key, int max) {
        List<String> ids = vpc.strings(key);
        vpc.check(ids != null, key, vpc.path(key) + " is required with vpc: list 1 to " + max + " ids");
        vpc.check(!ids.isEmpty() && ids.size() <= max, key,
                vpc.path(key) + " must list 1 to " + max + " ids, not " + ids.size());
        return ids;
    }

    private static Map<String, String> tags(Section top) {
        SpecNode.Mapping tags = top.mapping("tags");
        Map<String, String> result = new LinkedHashMap<>();
        if (tags == null) {
            return result;
        }
        top.check(tags.entries().size() <= MAX_TAGS, "tags",
                "tags has " + tags.entries().size() + " tags: an application may have at most " + MAX_TAGS);
        for (SpecNode.Entry entry : tags.entries().values()) {
            String path = "tags." + entry.key();
            if (entry.key().isEmpty() || entry.key().length() > MAX_TAG_KEY) {
                throw new SpecError(entry.keyLocation(), "tag keys must be 1 to " + MAX_TAG_KEY + " characters, not "
                        + entry.key().length());
            }
            if (entry.key().startsWith(ApplicationSpec.MANAGED_TAG_PREFIX)) {
                throw new SpecError(entry.keyLocation(), "tag keys starting with '" + ApplicationSpec.MANAGED_TAG_PREFIX
                        + "' are flinkctl's own (snapshot pins): rename tag '" + entry.key() + "'");
            }
            String value = "";
            if (entry.value() instanceof SpecNode.Scalar scalar) {
                value = scalar.text();
            } else if (!(entry.value() instanceof SpecNode.Null)) {
                throw Section.wrongType(path, entry.value(), "a string");
            }
            if (value.length() > MAX_TAG_VALUE) {
                throw new SpecError(entry.value().location(), path + " must be at most " + MAX_TAG_VALUE
                        + " characters, not " + value.length());
            }
            result.put(entry.key(), value);
        }
        return result;
    }

    private static DeploySpec deploy(Section top) {
        DeploySpec defaults = DeploySpec.defaults();
        Section deploy = top.section("deploy", DEPLOY_KEYS);
        if (deploy == null) {
            return defaults;
        }
        Duration timeout = deploy.duration("timeout", defaults.timeout());
        deploy.check(!timeout.isNegative() && !timeout.isZero(), "timeout",
                "deploy.timeout must be more than zero, not " + Durations.format(timeout));
        Section gate = deploy.section("healthGate", HEALTH_GATE_KEYS);
        if (gate == null) {
            return new DeploySpec(timeout, defaults.healthGate());
        }
        HealthGateSpec gateDefaults = defaults.healthGate();
        Duration period = gate.duration("period", gateDefaults.period());
        gate.check(!period.isNegative(), "period",
                "deploy.healthGate.period must not be negative (0s turns the gate off), not "
                        + Durations.format(period));
        return new DeploySpec(timeout, new HealthGateSpec(period,
                atLeastZero(gate, "maxRestarts", gateDefaults.maxRestarts()),
                atLeastZero(gate, "maxFailedCheckpoints", gateDefaults.maxFailedCheckpoints())));
    }

    private static CostSpec cost(Section top, Path dir) {
        Section cost = top.section("cost", COST_KEYS);
        return cost == null ? CostSpec.NONE : new CostSpec(path(cost, "prices", dir));
    }

    private static SnapshotRetention snapshotRetention(Section top) {
        Section retention = top.section("snapshotRetention", RETENTION_KEYS);
        if (retention == null) {
            return SnapshotRetention.NONE;
        }
        Integer keep = retention.node("keep") == null ? null : retention.integer("keep", 0);
        retention.check(keep == null || keep >= 1, "keep",
                "snapshotRetention.keep must be at least 1 (the newest READY snapshot is always kept), not " + keep);
        Duration olderThan = retention.node("olderThan") == null ? null : retention.duration("olderThan", null);
        retention.check(olderThan == null || !olderThan.isNegative(), "olderThan",
                "snapshotRetention.olderThan must not be negative, not " + (olderThan == null ? null
                        : Durations.format(olderThan)));
        retention.check(keep != null || olderThan != null, "keep",
                "snapshotRetention needs keep, olderThan or both, e.g. 'keep: 10' and 'olderThan: 7d'");
        return new SnapshotRetention(keep, olderThan);
    }

    private static int atLeastZero(Section section, String key, int fallback) {
        int value = section.integer(key, fallback);
        section.check(value >= 0, key, section.path(key) + " must not be negative, not " + value);
        return value;
    }
}
