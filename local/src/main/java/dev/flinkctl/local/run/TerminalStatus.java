package dev.flinkctl.local.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shares one terminal between the job's output lines (stdout) and a live status line (stderr): the
 * status line is cleared before each output line and drawn again after it, so they never mix. When
 * stderr is not a terminal nothing is drawn; output lines pass through unchanged either way.
 */
final class TerminalStatus implements AutoCloseable {
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final boolean live;
    private final AtomicLong lines = new AtomicLong();
    private String status = "";

    /**
     * @param live whether to draw the status line (stderr is an interactive terminal)
     */
    TerminalStatus(PrintStream stdout, PrintStream stderr, boolean live) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.live = live;
    }

    /** A stream for the job's output (install it as System.out): whole lines, counted. */
    PrintStream output() {
        return new PrintStream(new LineWriter(), true, StandardCharsets.UTF_8);
    }

    /** Output lines written so far (for the stdout sink: alerts). */
    long lines() {
        return lines.get();
    }

    /** Replaces the status line. */
    synchronized void show(String text) {
        status = text;
        if (live) {
            stderr.print(CLEAR_LINE + text);
            stderr.flush();
        }
    }

    private synchronized void writeLine(byte[] line, int length) {
        if (live) {
            stderr.print(CLEAR_LINE);
            stderr.flush();
        }
        stdout.write(line, 0, length);
        stdout.flush();
        lines.incrementAndGet();
        if (live) {
            stderr.print(status);
            stderr.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (live) {
            stderr.print(CLEAR_LINE);
            stderr.flush();
        }
    }

    /** Buffers bytes until a newline, then writes the whole line. */
    private final class LineWriter extends OutputStream {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);

        @Override
        public synchronized void write(int b) {
            buffer.write(b);
            if (b == '\n') {
                writeLine(buffer.toByteArray(), buffer.size());
                buffer.reset();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }
    }
}
