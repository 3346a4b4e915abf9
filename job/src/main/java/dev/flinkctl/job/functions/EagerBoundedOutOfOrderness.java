package dev.flinkctl.job.functions;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded out-of-orderness watermarks ({@code max event time seen - bound - 1 ms}, as Flink's {@code
 * BoundedOutOfOrdernessWatermarks}) emitted on every event that advances them rather than only
 * every {@code pipeline.auto-watermark-interval}. Whether an event is behind the watermark then
 * depends only on the order of the events, not on timing: the same input always drops the same late
 * events, on MSF and in tests. Flink forwards only watermarks that advance.
 */
public final class EagerBoundedOutOfOrderness<T> implements WatermarkGenerator<T> {
    private final long boundMillis;
    private long maxTimestamp;
    private long emitted = Long.MIN_VALUE;

    /** @param bound how far behind the newest event time an event may arrive and still count */
    public EagerBoundedOutOfOrderness(Duration bound) {
        this.boundMillis = bound.toMillis();
        this.maxTimestamp = Long.MIN_VALUE + boundMillis + 1;
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp > maxTimestamp) {
            maxTimestamp = eventTimestamp;
            onPeriodicEmit(output);
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long watermark = maxTimestamp - boundMillis - 1;
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }
}
