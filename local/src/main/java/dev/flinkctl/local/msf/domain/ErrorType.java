package dev.flinkctl.local.msf.domain;

/**
 * The modelled kinesisanalyticsv2 errors the endpoint returns; {@link #wireName()} is the {@code __type}
 * and {@code x-amzn-ErrorType} value. Meanings from the service model's documentation strings.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/CommonErrors.html">API reference: errors</a>
 */
public enum ErrorType {
    /** The application (or snapshot, version, operation) does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    /** The application is not available for this operation (the generic wrong-state error). */
    RESOURCE_IN_USE("ResourceInUseException"),
    /** An input parameter value is not valid. */
    INVALID_ARGUMENT("InvalidArgumentException"),
    /** The request JSON is not valid for the operation. */
    INVALID_REQUEST("InvalidRequestException"),
    /** A stale application version id or conditional token, or a concurrent change. */
    CONCURRENT_MODIFICATION("ConcurrentModificationException"),
    /** The application configuration is not valid (or a snapshot cannot be taken). */
    INVALID_APPLICATION_CONFIGURATION("InvalidApplicationConfigurationException"),
    /** The number of allowed resources has been exceeded. */
    LIMIT_EXCEEDED("LimitExceededException"),
    /** The operation or a parameter is not supported. */
    UNSUPPORTED_OPERATION("UnsupportedOperationException"),
    /** More tags than an application may carry. */
    TOO_MANY_TAGS("TooManyTagsException");

    private final String wireName;

    ErrorType(String wireName) {
        this.wireName = wireName;
    }

    /** The exception name on the wire, e.g. {@code ResourceNotFoundException}. */
    public String wireName() {
        return wireName;
    }
}
