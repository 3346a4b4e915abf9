package dev.flinkctl.metrics;

/**
 * What a metric's recent values say about the application, for the colour of its row.
 *
 * @param level  how bad it is
 * @param reason one short phrase when the level is {@link Level#WARN} or {@link Level#BAD} (e.g. "2 restarts in the
 *               window"), else null
 */
public record Health(Level level, String reason) {
    /** Health levels, worst last. */
    public enum Level {
        /** No data to judge, or a metric without a health rule. */
        NONE,
        /** Judged and fine. */
        OK,
        /** Worth a look. */
        WARN,
        /** Something is wrong. */
        BAD
    }

    /** No verdict. */
    public static final Health NONE = new Health(Level.NONE, null);
    /** Judged fine. */
    public static final Health OK = new Health(Level.OK, null);
}
