package dev.flinkctl.output;

/** The colour of an MSF application status, the same in every view: picocli/JLine colour names. */
public final class StatusColours {
    private StatusColours() {}

    /**
     * @param status an application status, e.g. {@code RUNNING}; null allowed
     * @return RUNNING {@code green}; READY and STOPPED {@code yellow}; DELETING and FAILED {@code red}; the
     *     transitional ones {@code cyan}
     */
    public static String of(String status) {
        return switch (status == null ? "" : status) {
            case "RUNNING" -> "green";
            case "READY", "STOPPED" -> "yellow";
            case "DELETING", "FAILED" -> "red";
            default -> "cyan";
        };
    }
}
