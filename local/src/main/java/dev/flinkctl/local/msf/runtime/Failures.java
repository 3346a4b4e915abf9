package dev.flinkctl.local.msf.runtime;

/** Turns a Java stack trace into the one line an operation's {@code ErrorString} carries. */
public final class Failures {
    /** The model's limit on {@code ErrorInfo.ErrorString}, in characters. */
    public static final int ERROR_STRING_MAX = 512;

    private Failures() {}

    /**
     * The exception's first line and, when there is one, its innermost cause's first line, within
     * {@link #ERROR_STRING_MAX} characters.
     */
    public static String summary(String stackTrace) {
        if (stackTrace == null || stackTrace.isBlank()) {
            return "unknown failure";
        }
        String[] lines = stackTrace.strip().split("\\R");
        String first = lines[0].strip();
        String root = null;
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                root = line.substring("Caused by: ".length()).strip();
            }
        }
        String text = root == null || first.contains(root) ? first : first + " Caused by: " + root;
        return text.length() <= ERROR_STRING_MAX ? text : text.substring(0, ERROR_STRING_MAX - 1) + "…";
    }
}
