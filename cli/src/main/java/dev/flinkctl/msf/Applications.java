package dev.flinkctl.msf;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationsResponse;

/** Managed Service for Apache Flink applications, over the {@code kinesisanalyticsv2} API. */
public final class Applications {
    private final KinesisAnalyticsV2Client msf;

    /** @param msf the client, owned (and closed) by the caller */
    public Applications(KinesisAnalyticsV2Client msf) {
        this.msf = msf;
    }

    /**
     * @return every application, in the order the service lists them (the SDK has no paginator for this call)
     * @throws software.amazon.awssdk.core.exception.SdkException if the service cannot be reached or refuses
     */
    public List<ApplicationState> list() {
        List<ApplicationState> applications = new ArrayList<>();
        String nextToken = null;
        do {
            String token = nextToken;
            ListApplicationsResponse page = msf.listApplications(request -> request.nextToken(token));
            for (ApplicationSummary summary : page.applicationSummaries()) {
                applications.add(new ApplicationState(summary.applicationName(), summary.applicationStatusAsString(),
                        summary.applicationVersionId()));
            }
            nextToken = page.nextToken();
        } while (nextToken != null && !nextToken.isEmpty());
        return List.copyOf(applications);
    }
}
