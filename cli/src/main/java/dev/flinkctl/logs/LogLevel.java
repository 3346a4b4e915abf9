package dev.flinkctl.logs;

import java.util.Locale;

/**
 * The levels MSF writes as {@code messageType} in its JSON log lines, least severe first, so that
 * {@code level.compareTo(minimum) >= 0} means "at least as severe". Source:
 * https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs-writing.html (the line format).
 */
public enum LogLevel {
    /** Debug detail. */
    DEBUG,
    /** Normal operation. */
    INFO,
    /** Something unexpected that the job survived. */
    WARN,
    /** A failure. */
    ERROR;

    /**
     * @param name a level name in any case; log4j's FATAL counts as ERROR, TRACE as DEBUG and WARNING as WARN
     * @return the level, or null for null or an unknown name
     */
    public static LogLevel of(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "FATAL", "ERROR" -> ERROR;
            case "WARN", "WARNING" -> WARN;
            case "INFO" -> INFO;
            case "DEBUG", "TRACE" -> DEBUG;
            default -> null;
        };
    }
}
