package dev.flinkctl.local.observe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endless test job in two vertices: "Numbers" (a sequence source) chained with "Throttle" (10 ms per record, so
 * about 100 records/s and no back-pressure to delay checkpoint barriers) → rebalance → "Greet" (a map that logs every
 * 20th record) chained with "Discard" (a discarding sink).
 */
public final class TestJob { // public, like LOGGED: Greet may be defined by a job's class loader (another runtime package)
    /** Marker → lines the Greet function of the job with that marker has logged (all jobs run in this JVM). */
    public static final Map<String, AtomicLong> LOGGED = new ConcurrentHashMap<>();

    private TestJob() {}

    /**
     * @param marker starts every line the job's user function logs
     * @param checkpointInterval checkpoint interval, or null for none
     */
    static JobGraph graph(String marker, Duration checkpointInterval) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
        env.setParallelism(1);
        if (checkpointInterval != null) {
            env.enableCheckpointing(checkpointInterval.toMillis());
        }
        env.fromSequence(0, Long.MAX_VALUE).uid("numbers").name("Numbers")
                .map(new Throttle()).uid("throttle").name("Throttle")
                .rebalance()
                .map(new Greet(marker)).uid("greet").name("Greet")
                .sinkTo(new DiscardingSink<>()).uid("discard").name("Discard");
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName("observe test job " + marker);
        return graph.getJobGraph();
    }

    /** Passes records on at most one per 10 ms. */
    static final class Throttle implements MapFunction<Long, Long> {
        @Override
        public Long map(Long value) throws InterruptedException {
            Thread.sleep(10); // a slow source: small rates, a little CPU
            return value;
        }
    }

    /**
     * Adds a job jar holding only {@link Greet} to the graph, so that the job's class loader (child-first, as for a
     * job submitted from a jar) defines Greet itself, while the rest still comes from the test class path.
     */
    static JobGraph withGreetInUserJar(JobGraph graph, Path directory) throws IOException {
        Path jar = directory.resolve("greet.jar");
        String entry = Greet.class.getName().replace('.', '/') + ".class";
        try (InputStream in = Greet.class.getClassLoader().getResourceAsStream(entry);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        graph.addJar(new org.apache.flink.core.fs.Path(jar.toUri()));
        return graph;
    }

    /**
     * Logs "MARKER record N" for every 20th record, and once a WARN with an exception that names the class loader that
     * defined this class.
     */
    static final class Greet implements MapFunction<Long, Long> {
        private static final Logger LOG = LoggerFactory.getLogger(Greet.class);
        private final String marker;

        Greet(String marker) {
            this.marker = marker;
        }

        @Override
        public Long map(Long value) {
            if (value == 0) {
                LOG.warn("{} sample warning (Greet loaded by {})", marker, getClass().getClassLoader().getClass().getSimpleName(),
                        new IllegalStateException("sample failure"));
            }
            if (value % 20 == 0) {
                LOG.info("{} record {}", marker, value);
                LOGGED.computeIfAbsent(marker, m -> new AtomicLong()).incrementAndGet();
            }
            return value;
        }
    }
}
