package dev.flinkctl.localenv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts processes as production does ({@link DetachedProcesses}), but runs {@link StandInEndpoint} from the test
 * classpath where the command names the local module's endpoint, with its {@code -D} options and arguments
 * unchanged. Records every command.
 */
public final class StandInProcesses implements ProcessStarter {
    private final DetachedProcesses detached = new DetachedProcesses(System.getenv("PATH"));
    private final Map<String, String> endpointEnvironment;
    private final List<List<String>> commands = new ArrayList<>();
    private final List<ProcessHandle> started = new ArrayList<>();

    /** @param endpointEnvironment extra variables for the stand-in, e.g. {@code STAND_IN_ENDPOINT=exit} */
    public StandInProcesses(Map<String, String> endpointEnvironment) {
        this.endpointEnvironment = Map.copyOf(endpointEnvironment);
    }

    @Override
    public synchronized ProcessHandle start(List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        commands.add(List.copyOf(command));
        int main = command.indexOf(LocalEnvironment.ENDPOINT_MAIN);
        if (main < 0) {
            return started(detached.start(command, environment, log));
        }
        List<String> standIn = new ArrayList<>(List.of(command.get(0)));
        command.subList(1, main).stream().filter(option -> option.startsWith("-D")).forEach(standIn::add);
        standIn.addAll(List.of("-cp", System.getProperty("java.class.path"), StandInEndpoint.class.getName()));
        standIn.addAll(command.subList(main + 1, command.size()));
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(endpointEnvironment);
        return started(detached.start(standIn, env, log));
    }

    private ProcessHandle started(ProcessHandle process) {
        started.add(process);
        return process;
    }

    /** Kills every process this started that still runs: the tests' backstop, whatever they left. */
    public synchronized void killAll() {
        started.forEach(ProcessHandle::destroyForcibly);
        started.forEach(process -> process.onExit().join());
    }

    /** @return the processes started so far */
    public synchronized List<ProcessHandle> started() {
        return List.copyOf(started);
    }

    /** @return the commands as flinkctl asked for them, in order */
    public synchronized List<List<String>> commands() {
        return List.copyOf(commands);
    }
}
