package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks ports on 127.0.0.1, where every local server listens, before anything is started. */
public final class Ports {
    /** The only address the local servers bind. */
    public static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** The highest TCP port. */
    public static final int MAX = 65_535;

    private Ports() {
    }

    /**
     * @param port   the port a server is about to bind; 0 (ephemeral) is always free
     * @param option the option that chooses the port, named in the error
     * @throws FlinkctlException with {@link ExitCodes#FAILED} if something already listens on it
     */
    public static void requireFree(int port, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.FAILED, "port " + port + " on 127.0.0.1 is in use: stop what "
                    + "listens there or choose another port with " + option + " (0 picks a free one)", e);
        }
    }
}
