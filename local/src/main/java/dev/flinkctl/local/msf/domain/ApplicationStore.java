package dev.flinkctl.local.msf.domain;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.flinkctl.local.msf.protocol.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

/**
 * Persists applications as one JSON file each under {@code <data-dir>/applications/}. Every save
 * writes a temporary file, forces it to disk and renames it over the old one, so a crash leaves
 * either the old or the new state, never a torn file.
 */
public final class ApplicationStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(ApplicationDetail.class, new DetailSerializer())
                    .addDeserializer(ApplicationDetail.class, new DetailDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    /** @param directory where the application files live (created when missing) */
    public ApplicationStore(Path directory) {
        this.directory = directory;
    }

    /** The persisted form of one application. */
    record Stored(ApplicationDetail application, List<VersionRecord> versions, List<SnapshotRecord> snapshots,
            List<OperationRecord> operations, Map<String, String> tags, String jobId, String resumePath) {}

    /**
     * Writes one application atomically.
     *
     * @throws UncheckedIOException when the data directory cannot be written
     */
    public void save(ApplicationRecord record) {
        Stored stored = new Stored(record.detail, record.versions, record.snapshots, record.operations, record.tags,
                record.jobId, record.resumePath);
        try {
            Files.createDirectories(directory);
            Path target = file(record.name());
            Path temp = Files.createTempFile(directory, record.name() + ".", ".tmp");
            try (var out = Files.newOutputStream(temp)) {
                JSON.writeValue(out, stored);
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save application " + record.name() + " under " + directory, e);
        }
    }

    /** Removes an application's file. */
    public void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete application " + name + " under " + directory, e);
        }
    }

    /**
     * Reads every application.
     *
     * @throws UncheckedIOException naming the file that cannot be read
     */
    public List<ApplicationRecord> loadAll() {
        List<ApplicationRecord> records = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return records;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Stored stored = JSON.readValue(file.toFile(), Stored.class);
                ApplicationRecord record = new ApplicationRecord(stored.application());
                record.versions.addAll(stored.versions());
                record.snapshots.addAll(stored.snapshots());
                record.operations.addAll(stored.operations());
                record.tags.putAll(stored.tags());
                record.jobId = stored.jobId();
                record.resumePath = stored.resumePath();
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the applications under " + directory + ": " + e.getMessage(), e);
        }
        return records;
    }

    private Path file(String name) {
        return directory.resolve(name + ".json");
    }

    private static final class DetailSerializer extends JsonSerializer<ApplicationDetail> {
        @Override
        public void serialize(ApplicationDetail value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeTree(ModelJson.toJson(value));
        }
    }

    private static final class DetailDeserializer extends JsonDeserializer<ApplicationDetail> {
        @Override
        public ApplicationDetail deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            return ModelJson.fromJson(node, ApplicationDetail::builder);
        }
    }
}
