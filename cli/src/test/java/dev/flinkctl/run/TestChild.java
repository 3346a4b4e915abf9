package dev.flinkctl.run;

import java.io.IOException;

/** A child process for {@link ChildProcessLauncherTest}: {@code exit N} or {@code block} (reads stdin until EOF). */
public final class TestChild {
    private TestChild() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("block")) {
            while (System.in.read() >= 0) {
                // wait for the parent to close stdin or destroy us
            }
            return;
        }
        System.exit(Integer.parseInt(args[1]));
    }
}
