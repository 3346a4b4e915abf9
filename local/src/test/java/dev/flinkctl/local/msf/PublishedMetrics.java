package dev.flinkctl.local.msf;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;

/**
 * Records every datum any SDK client in this JVM sends with {@code PutMetricData} once the call has succeeded: what
 * the in-process local endpoint really published, to compare flinkctl's reading with. The SDK loads it as a global
 * interceptor from {@code software/amazon/awssdk/global/handlers/execution.interceptors} on the test classpath.
 */
public final class PublishedMetrics implements ExecutionInterceptor {
    /** One datum the endpoint published. */
    record Datum(String application, String metric, Instant timestamp, double value) {}

    private static final ConcurrentLinkedQueue<Datum> SENT = new ConcurrentLinkedQueue<>();

    /** Records the datums of a PutMetricData call that CloudWatch (moto_server) accepted. */
    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof PutMetricDataRequest put) {
            put.metricData().forEach(datum -> SENT.add(new Datum(datum.dimensions().stream()
                    .filter(d -> d.name().equals("Application")).map(Dimension::value).findFirst().orElse(null),
                    datum.metricName(), datum.timestamp(), datum.value())));
        }
    }

    /** @return the names of the metrics published for {@code application} */
    static java.util.Set<String> names(String application) {
        return SENT.stream().filter(d -> application.equals(d.application())).map(Datum::metric)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** @return what was published for {@code application}'s {@code metric}, in publishing order */
    static List<Datum> of(String application, String metric) {
        return SENT.stream().filter(d -> application.equals(d.application()) && metric.equals(d.metric())).toList();
    }
}
