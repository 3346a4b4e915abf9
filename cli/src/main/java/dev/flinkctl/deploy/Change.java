package dev.flinkctl.deploy;

/**
 * One field that differs between the live application and the spec. Values are display strings: sensitive
 * properties are already masked, and null means "not set".
 *
 * @param field   the field, e.g. {@code scaling.parallelism} or {@code properties.Source.rate}
 * @param from    the live value, or null
 * @param to      the value the spec wants, or null (removed)
 * @param restart true if applying it restarts a running job (everything but tags)
 */
public record Change(String field, String from, String to, boolean restart) {
}
