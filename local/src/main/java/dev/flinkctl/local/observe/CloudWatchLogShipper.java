package dev.flinkctl.local.observe;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.util.MdcUtils;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * Ships log lines of Flink jobs, and lines the endpoint writes about applications, to CloudWatch Logs, one JSON object
 * per line in MSF's format ({@code locationInformation}, {@code logger}, {@code message}, {@code threadName}, {@code
 * applicationARN}, {@code applicationVersionId}, {@code messageSchemaVersion}, {@code messageType}); a throwable's
 * stack trace is appended to {@code message}.
 *
 * <p>A job's lines are recognised by the MDC key {@value MdcUtils#JOB_ID} that Flink (1.19 and later) sets on task
 * threads, JobMaster threads and the TaskExecutor's per-job work: {@link #start()} adds a log4j2 appender to the root
 * logger, and every event whose job id is {@linkplain #register registered} is queued for its target. Only events
 * that reach the root logger at its level are seen (the root level plays the part of MSF's {@code
 * MonitoringConfiguration.LogLevel}).
 *
 * <p>The appender never blocks the logging thread: lines go to a bounded queue of {@value #QUEUE_CAPACITY} lines; when
 * it is full the oldest line is dropped and counted (reported at WARN on the next flush). A daemon thread flushes
 * every {@code flushInterval} with {@code PutLogEvents}, in chronological batches within the API's limits (10,000
 * events, 1,048,576 bytes). A batch that fails is logged at WARN and dropped.
 *
 * <p>Emulator choices: a missing log group or stream is created on first use (logged once per stream at WARN; MSF
 * instead fails to log); all lines go through the given client, whatever region the stream ARN names.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs.html">MSF application logging</a>
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs-writing.html">MSF: write custom
 *     messages to CloudWatch Logs (line format)</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">CloudWatch
 *     Logs PutLogEvents</a>
 * @see <a href="https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/deployment/advanced/logging/">Flink
 *     logging, section "Structured logging" (MDC {@code flink-job-id})</a>
 */
public final class CloudWatchLogShipper implements AutoCloseable {
    static final int QUEUE_CAPACITY = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(CloudWatchLogShipper.class);

    private final CloudWatchLogsClient logs;
    private final Duration flushInterval;
    private final BlockingQueue<Queued> queue;
    private final int queueCapacity;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Map<String, LogTarget> targets = new ConcurrentHashMap<>();
    private final Set<LogStreamArn> created = ConcurrentHashMap.newKeySet();
    private final Object flushLock = new Object();
    private final RoutingAppender appender;
    private LoggerContext context;
    private ScheduledExecutorService flusher;

    /**
     * Does no I/O and touches no logging configuration.
     *
     * @param logs where to ship; not closed by {@link #close()}
     * @param flushInterval time between flushes (MSF ships within seconds)
     */
    public CloudWatchLogShipper(CloudWatchLogsClient logs, Duration flushInterval) {
        this(logs, flushInterval, QUEUE_CAPACITY);
    }

    CloudWatchLogShipper(CloudWatchLogsClient logs, Duration flushInterval, int queueCapacity) {
        this.logs = Objects.requireNonNull(logs, "logs");
        this.flushInterval = Objects.requireNonNull(flushInterval, "flushInterval");
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("flushInterval must be positive, was " + flushInterval);
        }
        this.queueCapacity = queueCapacity;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.appender = new RoutingAppender("cloudwatch-log-shipper-" + Integer.toHexString(System.identityHashCode(this)));
    }

    /** Adds the appender to the root logger of this JVM's log4j2 context and starts the flush thread. Idempotent. */
    public synchronized void start() {
        if (flusher != null) {
            return;
        }
        context = LoggerContext.getContext(false);
        Configuration configuration = context.getConfiguration();
        appender.start();
        configuration.getRootLogger().addAppender(appender, null, null);
        context.updateLoggers();
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloudwatch-log-shipper");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, flushInterval.toMillis(), flushInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Routes log events carrying MDC {@value MdcUtils#JOB_ID} = {@code jobId} to {@code target} from now on (replacing
     * an earlier registration of the job).
     *
     * @param jobId the Flink job id, hex
     */
    public void register(String jobId, LogTarget target) {
        targets.put(Objects.requireNonNull(jobId, "jobId"), Objects.requireNonNull(target, "target"));
    }

    /** Stops routing the job's events; lines already queued are still shipped. */
    public void unregister(String jobId) {
        targets.remove(jobId);
    }

    /**
     * Queues a line the endpoint writes about an application (e.g. "Starting application ..."), stamped now, with
     * the calling thread's name and no location.
     *
     * @param level ERROR, WARN, INFO or DEBUG (FATAL and TRACE are mapped to ERROR and DEBUG, anything else to INFO)
     */
    public void log(LogTarget target, String level, String loggerName, String message) {
        enqueue(target, System.currentTimeMillis(),
                MsfLogLine.format(target, level, loggerName, message, Thread.currentThread().getName(), null));
    }

    /** Ships every queued line now, on the calling thread; failures are logged at WARN, never thrown. */
    public void flush() {
        synchronized (flushLock) {
            List<Queued> drained = new ArrayList<>();
            queue.drainTo(drained);
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.warn("Dropped {} log lines before shipping them to CloudWatch Logs: more than {} were queued", lost, queueCapacity);
            }
            Map<LogStreamArn, List<LogBatches.Line>> byStream = new LinkedHashMap<>();
            for (Queued queued : drained) {
                byStream.computeIfAbsent(queued.stream(), stream -> new ArrayList<>()).add(queued.line());
            }
            byStream.forEach((stream, lines) -> LogBatches.split(lines).forEach(batch -> ship(stream, batch)));
        }
    }

    /** Removes the appender, stops the flush thread (letting a flush in progress finish) and ships what is left. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = flusher;
            flusher = null;
            if (running != null) {
                context.getConfiguration().getRootLogger().removeAppender(appender.getName());
                context.updateLoggers();
                appender.stop();
            }
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    private void ship(LogStreamArn stream, List<LogBatches.Line> batch) {
        List<InputLogEvent> events = new ArrayList<>(batch.size());
        for (LogBatches.Line line : batch) {
            events.add(InputLogEvent.builder().timestamp(line.timestampMs()).message(line.message()).build());
        }
        try {
            try {
                put(stream, events);
            } catch (ResourceNotFoundException e) {
                create(stream);
                put(stream, events);
            }
        } catch (SdkException e) {
            LOG.warn("Cannot ship {} log lines to {}: {}", events.size(), stream.arn(), e.toString());
        }
    }

    private void put(LogStreamArn stream, List<InputLogEvent> events) {
        logs.putLogEvents(request -> request.logGroupName(stream.logGroup()).logStreamName(stream.logStream()).logEvents(events));
    }

    private void create(LogStreamArn stream) {
        if (created.add(stream)) {
            LOG.warn("Log stream {} does not exist; creating it (MSF would not)", stream.arn());
        }
        try {
            logs.createLogGroup(request -> request.logGroupName(stream.logGroup()));
        } catch (ResourceAlreadyExistsException e) {
            // only the stream was missing
        }
        try {
            logs.createLogStream(request -> request.logGroupName(stream.logGroup()).logStreamName(stream.logStream()));
        } catch (ResourceAlreadyExistsException e) {
            // created concurrently
        }
    }

    private void enqueue(LogTarget target, long timestampMs, String json) {
        Queued queued = new Queued(target.stream(), new LogBatches.Line(timestampMs, sequence.incrementAndGet(), json));
        while (!queue.offer(queued)) {
            if (queue.poll() != null) {
                dropped.incrementAndGet();
            }
        }
    }

    private record Queued(LogStreamArn stream, LogBatches.Line line) {}

    /** Queues the events of registered jobs; runs on whatever thread logs, so it only formats and enqueues. */
    private final class RoutingAppender extends AbstractAppender {
        RoutingAppender(String name) {
            super(name, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            String jobId = event.getContextData().getValue(MdcUtils.JOB_ID);
            LogTarget target = jobId == null ? null : targets.get(jobId);
            if (target == null) {
                return;
            }
            String message = event.getMessage().getFormattedMessage();
            Throwable thrown = event.getThrown();
            if (thrown != null) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                message = message + "\n" + trace.toString().stripTrailing();
            }
            StackTraceElement source = event.getSource();
            String location = source == null ? null
                    : source.getClassName() + "." + source.getMethodName() + "(" + source.getFileName() + ":" + source.getLineNumber() + ")";
            enqueue(target, event.getTimeMillis(),
                    MsfLogLine.format(target, event.getLevel().name(), event.getLoggerName(), message, event.getThreadName(), location));
        }
    }
}
