package dev.flinkctl.msf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One application as {@code ListApplications} summarizes it. {@code flinkctl list -o json} prints an array of these:
 * <pre>
 * [{"name": "fraud-detection", "status": "RUNNING", "version": 3, "runtimeEnvironment": "FLINK-1_20"}]
 * </pre>
 *
 * @param name               the application name
 * @param status             its status, e.g. {@code READY} or {@code RUNNING}
 * @param version            its current version id
 * @param runtimeEnvironment its runtime, e.g. {@code FLINK-1_20}; null when unknown (left out of JSON)
 */
@JsonPropertyOrder({"name", "status", "version", "runtimeEnvironment"})
public record ApplicationState(String name, String status, Long version,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String runtimeEnvironment) {

    /** An application whose runtime is not known. */
    public ApplicationState(String name, String status, Long version) {
        this(name, status, version, null);
    }
}
