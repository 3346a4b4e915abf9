package dev.flinkctl.local.msf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flinkctl.local.msf.domain.ApplicationCatalog;
import dev.flinkctl.local.msf.domain.ApplicationStore;
import dev.flinkctl.local.msf.domain.Applications;
import dev.flinkctl.local.msf.domain.History;
import dev.flinkctl.local.msf.domain.JobListener;
import dev.flinkctl.local.msf.domain.Lifecycle;
import dev.flinkctl.local.msf.domain.Snapshots;
import dev.flinkctl.local.msf.protocol.JsonProtocolServer;
import dev.flinkctl.local.msf.protocol.ModelJson;
import dev.flinkctl.local.msf.protocol.OperationTable;
import dev.flinkctl.local.msf.runtime.CodeFetcher;
import dev.flinkctl.local.msf.runtime.MiniClusterRuntime;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.*;

/**
 * The local Managed Service for Apache Flink endpoint: the kinesisanalyticsv2 API on 127.0.0.1 over
 * applications that run on a Flink MiniCluster in this JVM. Start it with {@link #start}; closing it
 * stops running jobs with a savepoint they resume from at the next start.
 */
public final class LocalEndpoint implements AutoCloseable {
    /** The file, in the data directory, that says where a running endpoint listens. */
    public static final String ENDPOINT_FILE = "endpoint.json";
    private static final Logger LOG = LoggerFactory.getLogger(LocalEndpoint.class);

    private final EndpointSettings settings;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private MiniClusterRuntime flink;
    private Lifecycle lifecycle;
    private JsonProtocolServer server;
    private ApplicationCatalog catalog;

    private LocalEndpoint(EndpointSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts the Flink cluster and the API, resumes the applications that were running, and writes
     * {@value #ENDPOINT_FILE}.
     *
     * @throws java.net.BindException when a port is taken
     * @throws Exception when anything else cannot start (the data directory, the cluster)
     */
    public static LocalEndpoint start(EndpointSettings settings) throws Exception {
        LocalEndpoint endpoint = new LocalEndpoint(settings);
        try {
            endpoint.open();
            return endpoint;
        } catch (Exception e) {
            endpoint.close();
            throw e;
        }
    }

    private void open() throws Exception {
        Path data = settings.dataDirectory().toAbsolutePath();
        Files.createDirectories(data);
        AwsClients clients = new AwsClients(settings);
        resources.add(clients);
        flink = MiniClusterRuntime.start(settings.slots(), settings.dashboardPort(), settings.restartDelay());
        resources.add(flink);
        ExecutorService workers = Executors.newCachedThreadPool(daemon("msf-worker"));
        resources.add(workers::shutdownNow);
        Observability observability = Observability.start(clients, flink.dashboard(), settings.metricsInterval());
        resources.add(observability);
        catalog = new ApplicationCatalog(new ApplicationStore(data.resolve("applications")), settings.region(),
                settings.accountId(), Clock.systemUTC());
        observability.watch(catalog);
        JobListener listener = observability;
        lifecycle = new Lifecycle(catalog, flink, new CodeFetcher(clients.s3()), data, settings.timings(), workers, listener);
        Applications applications = new Applications(catalog, lifecycle, this::dashboard);
        Snapshots snapshots = new Snapshots(catalog, flink, lifecycle, workers);
        History history = new History(catalog);
        OperationTable table = new OperationTable()
                .add("CreateApplication", CreateApplicationRequest::builder, applications::create)
                .add("DescribeApplication", DescribeApplicationRequest::builder,
                        r -> applications.describe(r, job -> flink.jobPlan(job).orElse(null)))
                .add("ListApplications", ListApplicationsRequest::builder, applications::list)
                .add("UpdateApplication", UpdateApplicationRequest::builder, applications::update)
                .add("DeleteApplication", DeleteApplicationRequest::builder, applications::delete)
                .add("StartApplication", StartApplicationRequest::builder, lifecycle::start)
                .add("StopApplication", StopApplicationRequest::builder, lifecycle::stop)
                .add("RollbackApplication", RollbackApplicationRequest::builder, lifecycle::rollback)
                .add("CreateApplicationSnapshot", CreateApplicationSnapshotRequest::builder, snapshots::create)
                .add("ListApplicationSnapshots", ListApplicationSnapshotsRequest::builder, snapshots::list)
                .add("DescribeApplicationSnapshot", DescribeApplicationSnapshotRequest::builder, snapshots::describe)
                .add("DeleteApplicationSnapshot", DeleteApplicationSnapshotRequest::builder, snapshots::delete)
                .add("ListApplicationVersions", ListApplicationVersionsRequest::builder, history::versions)
                .add("DescribeApplicationVersion", DescribeApplicationVersionRequest::builder, history::version)
                .add("ListApplicationOperations", ListApplicationOperationsRequest::builder, history::operations)
                .add("DescribeApplicationOperation", DescribeApplicationOperationRequest::builder, history::operation)
                .add("TagResource", TagResourceRequest::builder, applications::tag)
                .add("UntagResource", UntagResourceRequest::builder, applications::untag)
                .add("ListTagsForResource", ListTagsForResourceRequest::builder, applications::tags)
                .add("AddApplicationCloudWatchLoggingOption", AddApplicationCloudWatchLoggingOptionRequest::builder,
                        applications::addLogging)
                .add("DeleteApplicationCloudWatchLoggingOption", DeleteApplicationCloudWatchLoggingOptionRequest::builder,
                        applications::deleteLogging)
                .add("CreateApplicationPresignedUrl", CreateApplicationPresignedUrlRequest::builder, applications::dashboardUrl);
        ExecutorService http = Executors.newFixedThreadPool(8, daemon("msf-http"));
        resources.add(http::shutdownNow);
        lifecycle.resumeAll();
        server = JsonProtocolServer.start(settings.port(), table, http);
        resources.add(server);
        writeEndpointFile(data);
        LOG.info("local MSF endpoint on {}, Flink dashboard on {}", server.endpoint(), flink.dashboard());
    }

    /** The API, e.g. {@code http://127.0.0.1:4599}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /** The Flink web dashboard, e.g. {@code http://127.0.0.1:8081/}. */
    public URI dashboard() {
        return flink.dashboard();
    }

    private URI dashboard(String jobId) {
        return URI.create(flink.dashboard().toString().replaceAll("/$", "") + "/#/job/running/" + jobId + "/overview");
    }

    private void writeEndpointFile(Path data) throws IOException {
        ObjectNode file = ModelJson.MAPPER.createObjectNode()
                .put("endpoint", server.endpoint().toString())
                .put("dashboard", flink.dashboard().toString())
                .put("pid", ProcessHandle.current().pid())
                .put("dataDir", data.toString())
                .put("region", settings.region())
                .put("accountId", settings.accountId());
        Path temp = Files.createTempFile(data, ENDPOINT_FILE, ".tmp");
        ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), file);
        Files.move(temp, data.resolve(ENDPOINT_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Stops the API, then stops running jobs with a savepoint to resume from, then the cluster. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(settings.dataDirectory().toAbsolutePath().resolve(ENDPOINT_FILE));
        } catch (IOException e) {
            LOG.warn("cannot remove {}", ENDPOINT_FILE, e);
        }
        if (server != null) {
            server.close();
            resources.remove(server);
        }
        if (lifecycle != null) {
            lifecycle.shutdown();
        }
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("error while stopping the local endpoint", e);
            }
        }
        resources.clear();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
