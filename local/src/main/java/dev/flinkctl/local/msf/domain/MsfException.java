package dev.flinkctl.local.msf.domain;

/** A modelled service error: the protocol layer answers it as HTTP 400 with its type and message. */
public final class MsfException extends RuntimeException {
    private final ErrorType type;

    /**
     * @param type the modelled exception
     * @param message one line for the caller, naming the problem (and the fix where there is one)
     */
    public MsfException(ErrorType type, String message) {
        super(message);
        this.type = type;
    }

    /** The modelled exception. */
    public ErrorType type() {
        return type;
    }

    static MsfException notFound(String message) {
        return new MsfException(ErrorType.RESOURCE_NOT_FOUND, message);
    }

    static MsfException inUse(String message) {
        return new MsfException(ErrorType.RESOURCE_IN_USE, message);
    }

    static MsfException invalidArgument(String message) {
        return new MsfException(ErrorType.INVALID_ARGUMENT, message);
    }

    static MsfException invalidRequest(String message) {
        return new MsfException(ErrorType.INVALID_REQUEST, message);
    }

    static MsfException invalidConfiguration(String message) {
        return new MsfException(ErrorType.INVALID_APPLICATION_CONFIGURATION, message);
    }

    static MsfException concurrentModification(String message) {
        return new MsfException(ErrorType.CONCURRENT_MODIFICATION, message);
    }
}
