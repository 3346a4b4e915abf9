package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.config.FlinkctlConfig;
import dev.flinkctl.msf.ApplicationState;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.run.Installation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The local MSF environment in one data directory: moto_server (S3, CloudWatch, CloudWatch Logs, Kinesis) and the
 * local MSF endpoint, both background processes on 127.0.0.1, plus the bucket and streams the included job needs.
 * {@link #up}, {@link #status}, {@link #down} and {@link #reset} are the four {@code flinkctl local} commands; the
 * record of what runs is {@link LocalState} in {@code <data-dir>/local.json}.
 */
public final class LocalEnvironment {
    /** The environment variable that sets the data directory when {@code --data-dir} is not given. */
    public static final String DATA_DIR_ENV = DataDirectory.ENV;
    /** The account id in local ARNs. */
    public static final String ACCOUNT_ID = "123456789012";
    /** The endpoint's entry point in the {@code local} module. */
    public static final String ENDPOINT_MAIN = Endpoint.MAIN;
    /** How long the endpoint may take to stop: it snapshots running applications first. */
    static final Duration ENDPOINT_STOP_GRACE = Duration.ofSeconds(60);
    /** How long moto_server may take to stop. */
    static final Duration MOTO_STOP_GRACE = Duration.ofSeconds(10);

    private static final String MOTO = "moto_server";
    private static final String ENDPOINT = "the local MSF endpoint";

    private final Host host;
    private final FlinkctlConfig config;
    private final Path dataDir;

    private LocalEnvironment(Host host, FlinkctlConfig config, Path dataDir) {
        this.host = host;
        this.config = config;
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /**
     * @param host          this machine
     * @param dataDirOption the {@code --data-dir} value, or null for {@code $FLINKCTL_LOCAL_DIR}, else the directory
     *                      the last {@code local up} used, else {@code ${XDG_DATA_HOME:-~/.local/share}/flinkctl/local}
     * @return the local environment in that directory (nothing is created yet)
     */
    public static LocalEnvironment open(Host host, Path dataDirOption) {
        FlinkctlConfig config = FlinkctlConfig.locate(host.env(), host.userHome());
        return new LocalEnvironment(host, config, DataDirectory.resolve(dataDirOption, host, config));
    }

    /** @return the data directory (absolute) */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * What {@link #up} did.
     *
     * @param status         the environment now
     * @param alreadyRunning true if it was running already and no server was started
     */
    public record UpResult(LocalStatus status, boolean alreadyRunning) {
    }

    /**
     * A server {@link #down} stopped.
     *
     * @param name     {@code moto_server} or {@code the local MSF endpoint}
     * @param pid      its process id
     * @param graceful true if it stopped on SIGTERM within its grace period, false if it had to be killed
     */
    public record Stopped(String name, long pid, boolean graceful) {
    }

    /**
     * Starts moto_server and the endpoint in the background, creates the bucket and the streams, and makes the local
     * environment the current target. When it runs already, only the target is set. Leftovers of an earlier start
     * that runs only in part are stopped first. If a step fails, what this call started is stopped again.
     *
     * @param request  ports, region and timeout
     * @param progress receives one line per step
     * @return the status after starting
     * @throws FlinkctlException    {@link ExitCodes#FAILED} if moto_server is missing, a port is taken, Java is too
     *                              old, the installation is incomplete or a server exits while starting (the message
     *                              has the end of its log); {@link ExitCodes#TIMEOUT} if a server is not ready in time
     * @throws InterruptedException if interrupted while waiting
     */
    public UpResult up(UpRequest request, Consumer<String> progress) throws InterruptedException {
        Optional<LocalState> previous = LocalState.read(dataDir);
        if (previous.isPresent()) {
            LocalStatus before = status(previous.get(), true);
            if (before.state() == LocalStatus.State.RUNNING) {
                LocalState state = previous.get();
                if (state.startedAt() == null) { // an earlier up stopped after starting the servers
                    state = createResources(state, request.timeout(), progress);
                }
                config.useLocal(dataDir);
                return new UpResult(status(state, true), true);
            }
            if (before.state() == LocalStatus.State.DEGRADED) {
                progress.accept("Stopping what is left of the last start (" + String.join("; ", before.problems())
                        + ")");
                down(progress);
            }
        }
        JavaRuntime java = host.java().requireMinimum();
        Installation installation = Installation.require(host.installation().get(), "local up");
        Path moto = Moto.locate(host.env());
        Ports.requireFree(request.motoPort(), "--moto-port");
        Ports.requireFree(request.port(), "--port");
        Ports.requireFree(request.dashboardPort(), "--dashboard-port");
        DataDirectory.create(dataDir);

        LocalState state = new LocalState(dataDir.toString(), request.region(), ACCOUNT_ID, null, null, null, null,
                LocalResources.BUCKET, LocalResources.INPUT_STREAM, LocalResources.OUTPUT_STREAM,
                LocalResources.roleArn(ACCOUNT_ID));
        try (Startup startup = new Startup(host.processes())) {
            try {
                state = startMoto(startup, state, moto, request, progress);
                state = startEndpoint(startup, state, java, installation, request, progress);
                state = createResources(state, request.timeout(), progress);
            } catch (RuntimeException | InterruptedException e) {
                startup.stopAll();
                throw e;
            }
        }
        config.useLocal(dataDir);
        return new UpResult(status(state, true), false);
    }

    /** @return the environment's state, checking that the recorded processes live and answer */
    public LocalStatus status() {
        return LocalState.read(dataDir).map(state -> status(state, true)).orElseGet(this::stopped);
    }

    /**
     * The status as the state file and the processes tell it, without asking the servers anything: what every
     * command that talks to the local target checks first, so it costs them no HTTP probe ({@link #status} asks).
     * A server whose process runs but does not answer shows as RUNNING here, and the command's own call then fails.
     *
     * @return RUNNING when both servers' processes run, DEGRADED when one does, STOPPED otherwise; no applications
     */
    public LocalStatus processStatus() {
        return LocalState.read(dataDir).map(state -> status(state, false)).orElseGet(this::stopped);
    }

    private LocalStatus stopped() {
        return new LocalStatus(LocalStatus.State.STOPPED, false, dataDir.toString(), null, null,
                new LocalStatus.Server(null, null, false), null, new LocalStatus.Server(null, null, false), null, null,
                null, null, null, List.of(), List.of());
    }

    /**
     * Stops the endpoint (SIGTERM, up to {@link #ENDPOINT_STOP_GRACE}, as it snapshots running applications), then
     * moto_server (up to {@link #MOTO_STOP_GRACE}), killing either if it does not stop in time. Servers that are not
     * running are skipped; the current target is left as it is.
     *
     * @param progress receives one line per server
     * @return the servers that were stopped; empty if none ran
     * @throws InterruptedException if interrupted while waiting
     */
    public List<Stopped> down(Consumer<String> progress) throws InterruptedException {
        Optional<LocalState> read = LocalState.read(dataDir);
        if (read.isEmpty()) {
            return List.of();
        }
        LocalState state = read.get();
        List<Stopped> stopped = new ArrayList<>();
        if (state.endpoint() != null) {
            Optional<ProcessHandle> endpoint = find(state.endpoint());
            if (endpoint.isPresent()) {
                progress.accept("Stopping " + ENDPOINT + " (pid " + endpoint.get().pid()
                        + "); it snapshots running applications first");
                boolean graceful = Processes.stop(endpoint.get(), ENDPOINT_STOP_GRACE);
                stopped.add(new Stopped(ENDPOINT, endpoint.get().pid(), graceful));
            }
            state = state.withEndpoint(state.endpoint().stopped(), state.dashboard());
            state.write();
        }
        if (state.moto() != null) {
            Optional<ProcessHandle> moto = find(state.moto());
            if (moto.isPresent()) {
                progress.accept("Stopping " + MOTO + " (pid " + moto.get().pid() + ")");
                boolean graceful = Processes.stop(moto.get(), MOTO_STOP_GRACE);
                stopped.add(new Stopped(MOTO, moto.get().pid(), graceful));
            }
            state = state.withMoto(state.moto().stopped());
            state.write();
        }
        DataDirectory.deleteQuietly(dataDir.resolve(EndpointInfo.FILE)); // left behind if the endpoint was killed
        return stopped;
    }

    /**
     * @return the directory {@link #reset} would delete, or empty if it does not exist
     * @throws FlinkctlException {@link ExitCodes#FAILED} if the environment runs; {@link ExitCodes#USAGE} if the
     *                           directory is not a local data directory (non-empty without {@code local.json})
     */
    public Optional<Path> resettable() {
        if (!Files.exists(dataDir)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dataDir)) {
            throw new FlinkctlException(ExitCodes.USAGE, dataDir + " is not a directory: pass the local "
                    + "environment's data directory with --data-dir");
        }
        Optional<LocalState> state = LocalState.read(dataDir);
        boolean endpointRuns = EndpointInfo.read(dataDir).map(EndpointInfo::pid)
                .flatMap(pid -> Processes.find(pid, null)).isPresent();
        boolean serversRun = state.map(read -> status(read, false))
                .filter(status -> status.state() != LocalStatus.State.STOPPED).isPresent();
        if (endpointRuns || serversRun) {
            throw new FlinkctlException(ExitCodes.FAILED, "the local environment in " + dataDir
                    + " is running: run flinkctl local down first");
        }
        if (state.isEmpty() && !DataDirectory.isEmpty(dataDir)) {
            throw new FlinkctlException(ExitCodes.USAGE, dataDir + " does not look like a flinkctl local data "
                    + "directory (it has no " + LocalState.FILE + "), so reset does not delete it");
        }
        return Optional.of(dataDir);
    }

    /**
     * Deletes the data directory and everything in it (symbolic links are deleted, not followed).
     *
     * @return true if there was a directory to delete
     * @throws FlinkctlException as {@link #resettable()}
     */
    public boolean reset() {
        Optional<Path> dir = resettable();
        dir.ifPresent(DataDirectory::delete);
        return dir.isPresent();
    }

    private LocalState startMoto(Startup startup, LocalState state, Path executable, UpRequest request,
                                 Consumer<String> progress) throws InterruptedException {
        progress.accept("Starting " + MOTO + " on " + where(request.motoPort()));
        Startup.Server moto = startup.start(MOTO, Moto.command(executable, request.motoPort()), Map.of(),
                dataDir.resolve("moto.log"));
        state.withMoto(server(null, request.motoPort(), moto.process())).write();
        // Ready once it says which port it bound (so a port taken since the check is its error, not a false start)
        // and answers there.
        int port = startup.await(moto, request.timeout(), () -> {
            OptionalInt announced = Moto.announcedPort(moto.output());
            return announced.isPresent() && Moto.answers(url(announced.getAsInt()))
                    ? Optional.of(announced.getAsInt()) : Optional.empty();
        });
        LocalState withMoto = state.withMoto(server(url(port).toString(), port, moto.process()));
        withMoto.write();
        return withMoto;
    }

    private LocalState startEndpoint(Startup startup, LocalState state, JavaRuntime java, Installation installation,
                                     UpRequest request, Consumer<String> progress) throws InterruptedException {
        DataDirectory.deleteQuietly(dataDir.resolve(EndpointInfo.FILE)); // a stale one from an endpoint that was killed
        progress.accept("Starting " + ENDPOINT + " on " + where(request.port()) + ", its Flink dashboard on "
                + where(request.dashboardPort()));
        Startup.Server endpoint = startup.start(ENDPOINT,
                Endpoint.command(java, installation, dataDir, request, ACCOUNT_ID, state.moto().url()),
                Endpoint.environment(request.region()), dataDir.resolve("endpoint.log"));
        state.withEndpoint(server(null, request.port(), endpoint.process()), null).write();
        EndpointInfo info = startup.await(endpoint, request.timeout(),
                () -> EndpointInfo.read(dataDir).filter(candidate -> answers(state, candidate.endpoint())));
        LocalState withEndpoint = state.withEndpoint(server(info.endpoint(), URI.create(info.endpoint()).getPort(),
                endpoint.process()), info.dashboard());
        withEndpoint.write();
        return withEndpoint;
    }

    /** Creates the bucket and the streams (harmlessly again if they exist) and marks the start complete. */
    private LocalState createResources(LocalState state, Duration timeout, Consumer<String> progress) {
        progress.accept("Creating bucket " + state.bucket() + " and streams " + state.inputStream() + " and "
                + state.outputStream());
        try (AwsClients aws = clients(state, state.endpoint().url())) {
            new LocalResources(aws, state.region()).create(timeout);
        }
        LocalState started = state.startedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        started.write();
        return started;
    }

    private LocalStatus status(LocalState state, boolean probe) {
        Optional<ProcessHandle> moto = find(state.moto());
        Optional<ProcessHandle> endpoint = find(state.endpoint());
        List<String> problems = new ArrayList<>();
        List<ApplicationState> applications = List.of();
        LocalStatus.State health = LocalStatus.State.STOPPED;
        if (moto.isPresent() || endpoint.isPresent()) {
            String motoUrl = state.moto() == null ? null : state.moto().url();
            if (moto.isEmpty()) {
                problems.add(MOTO + " is not running");
            } else if (probe && (motoUrl == null || !Moto.answers(URI.create(motoUrl)))) {
                problems.add(MOTO + " (pid " + moto.get().pid() + ") does not answer" + on(motoUrl));
            }
            String endpointUrl = state.endpoint() == null ? null : state.endpoint().url();
            if (endpoint.isEmpty()) {
                problems.add(ENDPOINT + " is not running");
            } else if (probe) {
                try {
                    applications = listApplications(state, endpointUrl);
                } catch (RuntimeException e) {
                    problems.add(ENDPOINT + " (pid " + endpoint.get().pid() + ") does not answer" + on(endpointUrl));
                }
            }
            health = problems.isEmpty() ? LocalStatus.State.RUNNING : LocalStatus.State.DEGRADED;
        }
        return new LocalStatus(health, isCurrentTarget(), dataDir.toString(), state.region(), state.accountId(),
                view(state.endpoint(), endpoint), state.dashboard(), view(state.moto(), moto), state.bucket(),
                state.inputStream(), state.outputStream(), state.roleArn(), state.startedAt(), applications,
                List.copyOf(problems));
    }

    private boolean isCurrentTarget() {
        return config.target().filter(FlinkctlConfig.LOCAL_TARGET::equals).isPresent()
                && config.localDataDir().map(dir -> dir.toAbsolutePath().normalize().equals(dataDir)).orElse(false);
    }

    private boolean answers(LocalState state, String endpointUrl) {
        try {
            listApplications(state, endpointUrl);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<ApplicationState> listApplications(LocalState state, String endpointUrl) {
        if (endpointUrl == null) {
            throw new IllegalStateException("the endpoint's URL is not known: it did not finish starting");
        }
        try (AwsClients aws = clients(state, endpointUrl)) {
            return new Applications(aws.msf()).list();
        }
    }

    private static AwsClients clients(LocalState state, String endpointUrl) {
        URI moto = state.moto() == null || state.moto().url() == null ? null : URI.create(state.moto().url());
        return AwsClients.local(state.region(), URI.create(endpointUrl), moto);
    }

    private static Optional<ProcessHandle> find(LocalState.Server server) {
        return server == null ? Optional.empty() : Processes.find(server.pid(), server.processStartedAt());
    }

    private static LocalState.Server server(String url, int port, ProcessHandle process) {
        return new LocalState.Server(url, port, process.pid(), Processes.startedAt(process));
    }

    private static LocalStatus.Server view(LocalState.Server server, Optional<ProcessHandle> process) {
        return new LocalStatus.Server(server == null ? null : server.url(),
                process.map(ProcessHandle::pid).orElse(null), process.isPresent());
    }

    private static URI url(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static String where(int port) {
        return port == 0 ? "a free port on 127.0.0.1" : "127.0.0.1:" + port;
    }

    private static String on(String url) {
        return url == null ? "" : " on " + url;
    }
}
