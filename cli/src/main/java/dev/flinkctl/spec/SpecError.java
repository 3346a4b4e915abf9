package dev.flinkctl.spec;

/**
 * A problem at one place in a spec file. {@link SpecReader} turns it into a
 * {@code FlinkctlException} that starts with {@code file:line:column}.
 */
final class SpecError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SpecNode.Location location;

    /**
     * @param location where the problem is
     * @param message  one line, without the file and location
     */
    SpecError(SpecNode.Location location, String message) {
        super(message, null, false, false);
        this.location = location;
    }

    SpecNode.Location location() {
        return location;
    }
}
