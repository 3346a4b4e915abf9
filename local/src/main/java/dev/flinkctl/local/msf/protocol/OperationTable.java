package dev.flinkctl.local.msf.protocol;

import dev.flinkctl.local.msf.domain.ErrorType;
import dev.flinkctl.local.msf.domain.MsfException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** Operation name → handler: reads the request document into the model, runs the handler, writes the response. */
public final class OperationTable {
    /**
     * Every operation in the kinesisanalyticsv2 service model (API version 2018-05-23); those without
     * a handler answer UnsupportedOperationException naming the operation.
     */
    public static final Set<String> MODELLED = Set.of("AddApplicationCloudWatchLoggingOption", "AddApplicationInput",
            "AddApplicationInputProcessingConfiguration", "AddApplicationOutput", "AddApplicationReferenceDataSource",
            "AddApplicationVpcConfiguration", "CreateApplication", "CreateApplicationPresignedUrl", "CreateApplicationSnapshot",
            "DeleteApplication", "DeleteApplicationCloudWatchLoggingOption", "DeleteApplicationInputProcessingConfiguration",
            "DeleteApplicationOutput", "DeleteApplicationReferenceDataSource", "DeleteApplicationSnapshot",
            "DeleteApplicationVpcConfiguration", "DescribeApplication", "DescribeApplicationOperation",
            "DescribeApplicationSnapshot", "DescribeApplicationVersion", "DiscoverInputSchema", "ListApplicationOperations",
            "ListApplicationSnapshots", "ListApplicationVersions", "ListApplications", "ListTagsForResource",
            "RollbackApplication", "StartApplication", "StopApplication", "TagResource", "UntagResource", "UpdateApplication",
            "UpdateApplicationMaintenanceConfiguration");

    private final Map<String, Function<com.fasterxml.jackson.databind.JsonNode, SdkPojo>> handlers = new HashMap<>();

    /**
     * Registers an operation.
     *
     * @param builder the request model's builder factory
     * @param handler the domain call
     */
    public <Q, R extends SdkPojo> OperationTable add(String operation, Supplier<? extends SdkBuilder<?, Q>> builder, Function<Q, R> handler) {
        handlers.put(operation, json -> {
            Q request;
            try {
                request = ModelJson.fromJson(json, builder);
            } catch (IllegalArgumentException e) {
                throw new MsfException(ErrorType.INVALID_REQUEST, "The request JSON is not valid for " + operation + ": " + e.getMessage());
            }
            return handler.apply(request);
        });
        return this;
    }

    /** The operations with a handler. */
    public Set<String> implemented() {
        return handlers.keySet();
    }

    /**
     * Runs an operation.
     *
     * @throws MsfException the operation's modelled errors; UnsupportedOperationException for operations without a handler
     */
    public SdkPojo invoke(String operation, com.fasterxml.jackson.databind.JsonNode request) {
        var handler = handlers.get(operation);
        if (handler == null) {
            throw new MsfException(ErrorType.UNSUPPORTED_OPERATION, MODELLED.contains(operation)
                    ? operation + " is not implemented by the flinkctl local endpoint"
                    : operation + " is not an operation of kinesisanalyticsv2 (API version 2018-05-23)");
        }
        return handler.apply(request);
    }
}
