package dev.flinkctl.output;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.metrics.Health;
import dev.flinkctl.metrics.MetricFormat;
import dev.flinkctl.metrics.MetricRow;
import dev.flinkctl.metrics.MetricsFrame;
import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The full-screen live view of {@code flinkctl metrics tail} on a terminal: a header with the application's status
 * and KPUs, then one row per metric with its current value, range, trend and health, redrawn at every refresh and
 * when the window is resized, until the user presses {@code q} or Ctrl-C.
 */
public final class MetricsScreen {

    /** Supplies one refresh; may throw FlinkctlException (then the screen restores the terminal and rethrows). */
    @FunctionalInterface
    public interface Refresher {
        /**
         * @return the metrics to show now
         * @throws InterruptedException when the thread is interrupted while reading
         */
        MetricsFrame refresh() throws InterruptedException;
    }

    static final List<String> HEADERS = List.of("METRIC", "STAT", "CURRENT", "MIN", "MAX", "TREND", "HEALTH");
    private static final int TREND = HEADERS.indexOf("TREND");
    private static final int HEALTH = HEADERS.indexOf("HEALTH");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String QUIT_HINT = "q quit";
    private static final String NO_DATA = "no data";
    private static final int CTRL_C = 3;
    private static final int MIN_TREND_WIDTH = 10;
    // For a terminal that does not report its size (JLine says 0 x 0, e.g. on a serial line): the classic one.
    private static final Size FALLBACK_SIZE = new Size(80, 24);

    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle RED = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle YELLOW = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle GREEN = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle CYAN = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private final Terminal terminal;
    private final Display display;
    private final boolean colour;
    private final boolean unicode;
    // Guards the display, the frame on it and the terminal's state: the WINCH handler draws from JLine's signal
    // thread and the shutdown hook restores from its own.
    private final Object screen = new Object();
    private MetricsFrame frame;
    private Attributes saved;
    private boolean active;
    private boolean interrupted;

    private MetricsScreen(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.display = new Display(terminal, true);
        this.colour = colour;
        this.unicode = Sparkline.BLOCKS.fits(terminal.encoding());
    }

    /**
     * Full screen until q, Q or Ctrl-C; refreshes every {@code interval} (and once at start). Restores the terminal
     * (alternate screen left, cursor shown, original attributes) on every exit path, exceptions included.
     *
     * @param interval  the time between the starts of two refreshes
     * @param refresher reads one refresh
     * @param colour    true to colour health, trend and status
     * @throws FlinkctlException    ({@link ExitCodes#USAGE}) when standard output is not an interactive terminal, and
     *                              whatever {@code refresher} throws
     * @throws IOException          when the terminal cannot be read or written
     * @throws InterruptedException when this thread is interrupted (other than by SIGINT, which quits normally)
     */
    public static void show(Duration interval, Refresher refresher, boolean colour)
            throws IOException, InterruptedException {
        Objects.requireNonNull(refresher, "refresher");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        try (Terminal terminal = open()) {
            new MetricsScreen(terminal, colour).run(interval, refresher);
        }
    }

    private static Terminal open() throws IOException {
        Terminal terminal;
        try {
            // exec: stty reads and restores the settings exactly (see cli/pom.xml for what the JNI provider loses).
            // dumb(false): without it JLine falls back to a dumb terminal (with a warning on stderr) when standard
            // output is redirected, and the view would print escape sequences into a file or pipe.
            terminal = TerminalBuilder.builder().system(true).provider("exec").dumb(false).build();
        } catch (IllegalStateException | IOException e) {
            throw notATerminal(e);
        }
        String type = terminal.getType();
        if (Terminal.TYPE_DUMB.equals(type) || Terminal.TYPE_DUMB_COLOR.equals(type)) {
            terminal.close();
            throw notATerminal(null);
        }
        return terminal;
    }

    private static FlinkctlException notATerminal(Exception cause) {
        return new FlinkctlException(ExitCodes.USAGE, "the live view needs an interactive terminal (input or output "
                + "is redirected, or TERM is dumb): use -o json", cause);
    }

    private void run(Duration interval, Refresher refresher) throws IOException, InterruptedException {
        Thread keyReader = Thread.currentThread();
        // SIGTERM and SIGHUP run shutdown hooks but not finally blocks: leave the terminal as it was then too.
        Thread restoreOnExit = new Thread(this::restore, "flinkctl-restore-terminal");
        SignalHandler previousInt = terminal.handle(Signal.INT, signal -> interrupt(keyReader));
        SignalHandler previousWinch = terminal.handle(Signal.WINCH, signal -> redrawAfterResize());
        try {
            Runtime.getRuntime().addShutdownHook(restoreOnExit);
            enter();
            loop(interval, refresher);
        } catch (IOException | InterruptedException | RuntimeException | IOError e) {
            if (!interruptedBySignal()) {
                throw e;
            }
            // SIGINT ends the view as q does: whatever the refresh or read in progress failed with is moot.
        } finally {
            try {
                restore();
            } finally {
                terminal.handle(Signal.WINCH, previousWinch);
                terminal.handle(Signal.INT, previousInt);
                removeHook(restoreOnExit);
                if (interruptedBySignal()) {
                    Thread.interrupted();
                }
            }
        }
    }

    private void enter() {
        synchronized (screen) {
            saved = terminal.enterRawMode();
            active = true;
            // Keys arrive as keys: Ctrl-C is read as character 3, so it reaches this view and not, as SIGINT, the
            // whole foreground process group (the shell that started flinkctl included); and Ctrl-Z cannot stop the
            // JVM while the terminal is in raw mode on the alternate screen.
            Attributes raw = terminal.getAttributes();
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(raw);
            if (!terminal.puts(Capability.enter_ca_mode)) {
                terminal.puts(Capability.clear_screen);
            }
            terminal.puts(Capability.cursor_invisible);
            terminal.flush();
        }
    }

    private void restore() {
        synchronized (screen) {
            if (!active) {
                return;
            }
            active = false;
            try {
                // cursor_normal (cnorm), not cursor_visible (cvvis, "very visible": a blinking or underline cursor
                // in tmux and xterm), is what undoes cursor_invisible.
                terminal.puts(Capability.cursor_normal);
                terminal.puts(Capability.exit_ca_mode);
                terminal.flush();
            } finally {
                terminal.setAttributes(saved);
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs (or ran) anyway; restoring twice is harmless.
        }
    }

    private void interrupt(Thread keyReader) {
        synchronized (screen) {
            if (active) {
                interrupted = true;
                keyReader.interrupt();
            }
        }
    }

    private boolean interruptedBySignal() {
        synchronized (screen) {
            return interrupted;
        }
    }

    private void loop(Duration interval, Refresher refresher) throws IOException, InterruptedException {
        redraw();
        NonBlockingReader keys = terminal.reader();
        long next = System.nanoTime();
        while (!interruptedBySignal()) {
            if (System.nanoTime() - next >= 0) {
                long started = System.nanoTime();
                MetricsFrame fresh = refresher.refresh();
                synchronized (screen) {
                    frame = fresh;
                }
                redraw();
                next = started + interval.toNanos();
            }
            // Waiting for the next refresh is waiting for a key: q answers at once, not at the next refresh.
            long wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(next - System.nanoTime()));
            int key = keys.read(wait);
            if (key == NonBlockingReader.EOF || key == 'q' || key == 'Q' || key == CTRL_C) {
                return;
            }
        }
    }

    private void redraw() {
        synchronized (screen) {
            if (!active) {
                return;
            }
            Size size = size();
            display.resize(size.getRows(), size.getColumns());
            List<AttributedString> lines = frame == null ? waiting(size.getColumns(), unicode)
                    : render(frame, size.getColumns(), size.getRows(), colour, unicode);
            // Display takes a line without a trailing newline for one that wraps onto the next: end each with one,
            // as JLine's own line reader does, so a full-width line is not wrapped by hand.
            List<AttributedString> screenLines = AttributedString.join(AttributedString.NEWLINE, lines)
                    .columnSplitLength(size.getColumns(), true, display.delayLineWrap());
            display.update(screenLines, 0);
            terminal.flush();
        }
    }

    private void redrawAfterResize() {
        try {
            synchronized (screen) {
                // The terminal may have reflowed what was on it: draw everything again, not the difference.
                display.clear();
                redraw();
            }
        } catch (IOError | UncheckedIOException e) {
            // The terminal went away; the key loop sees that too and ends the view.
        }
    }

    private Size size() {
        Size size = terminal.getSize();
        return size.getColumns() <= 0 || size.getRows() <= 0 ? FALLBACK_SIZE : size;
    }

    private static List<AttributedString> waiting(int columns, boolean unicode) {
        String reading = "Reading metrics" + ellipsis(unicode);
        return List.of(rightAligned(new AttributedString(reading), QUIT_HINT, columns).columnSubSequence(0, columns));
    }

    private static String ellipsis(boolean unicode) {
        return unicode ? "…" : "...";
    }

    /**
     * Lays out one refresh for a screen of {@code columns} by {@code rows}: a header line (application, status, KPUs,
     * period, time of the refresh in UTC, how to quit), the notice if any, a blank line, the column headers and one
     * line per metric. Lines are cut at {@code columns}; rows that do not fit are replaced by a last line that says
     * how many are left out.
     *
     * @param colour true to colour health, trend and status, and embolden the headers
     * @return at most {@code rows} lines, none wider than {@code columns}
     */
    static List<AttributedString> render(MetricsFrame frame, int columns, int rows, boolean colour) {
        return render(frame, columns, rows, colour, true);
    }

    static List<AttributedString> render(MetricsFrame frame, int columns, int rows, boolean colour, boolean unicode) {
        if (columns <= 0 || rows <= 0) {
            return List.of();
        }
        List<AttributedString> lines = new ArrayList<>();
        lines.add(header(frame, columns, colour));
        if (frame.notice() != null && !frame.notice().isBlank()) {
            lines.add(styled(frame.notice(), colour ? YELLOW : null));
        }
        lines.add(AttributedString.EMPTY);
        int tableStart = lines.size() + 1;
        lines.addAll(table(frame.rows(), columns, colour, unicode ? Sparkline.BLOCKS : Sparkline.ASCII));
        if (lines.size() > rows) {
            int shown = Math.max(0, rows - 1 - tableStart);
            int more = frame.rows().size() - shown;
            lines = new ArrayList<>(lines.subList(0, rows - 1));
            lines.add(new AttributedString(ellipsis(unicode) + " " + more + " more (enlarge the window)"));
        }
        return lines.stream().map(line -> line.columnSubSequence(0, columns)).toList();
    }

    private static AttributedString header(MetricsFrame frame, int columns, boolean colour) {
        AttributedStringBuilder left = new AttributedStringBuilder();
        left.styled(colour ? BOLD : AttributedStyle.DEFAULT, frame.application()).append(Table.COLUMN_GAP);
        left.styled(colour ? statusStyle(frame.status()) : AttributedStyle.DEFAULT, String.valueOf(frame.status()));
        left.append(Table.COLUMN_GAP).append(kpus(frame.kpus()));
        left.append(Table.COLUMN_GAP).append("period ").append(period(frame.period()));
        left.append(Table.COLUMN_GAP).append(CLOCK.format(frame.at())).append(" UTC");
        return rightAligned(left.toAttributedString(), QUIT_HINT, columns);
    }

    private static AttributedString rightAligned(AttributedString left, String right, int columns) {
        int gap = Math.max(Table.COLUMN_GAP.length(), columns - left.columnLength() - right.length());
        return new AttributedStringBuilder().append(left).append(" ".repeat(gap)).append(right).toAttributedString();
    }

    private static String kpus(Integer kpus) {
        if (kpus == null) {
            return "- KPUs";
        }
        return kpus == 1 ? "1 KPU" : kpus + " KPUs";
    }

    /** @return the period as people write it: {@code 10s}, {@code 1m}, {@code 5m}, {@code 1h}, {@code 90s} */
    static String period(Duration period) {
        long seconds = period.toSeconds();
        if (seconds > 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    // The same colours as `flinkctl status`.
    private static AttributedStyle statusStyle(String status) {
        return switch (StatusColours.of(status)) {
            case "green" -> GREEN;
            case "yellow" -> YELLOW;
            case "red" -> RED;
            default -> CYAN;
        };
    }

    private static List<AttributedString> table(List<MetricRow> metrics, int columns, boolean colour,
                                                Sparkline sparkline) {
        List<List<String>> cells = metrics.stream().map(MetricsScreen::cells).toList();
        int[] widths = Table.of(HEADERS, cells).widths();
        widths[TREND] = trendWidth(metrics, widths, columns);
        List<AttributedString> lines = new ArrayList<>();
        lines.add(line(Table.of(HEADERS, List.of()).header(), widths,
                i -> colour ? BOLD : AttributedStyle.DEFAULT));
        for (int r = 0; r < metrics.size(); r++) {
            MetricRow row = metrics.get(r);
            List<String> line = new ArrayList<>(cells.get(r));
            line.set(TREND, trend(row, widths[TREND], sparkline));
            AttributedStyle health = colour ? healthStyle(row.health().level()) : AttributedStyle.DEFAULT;
            lines.add(line(line, widths, i -> i == TREND || i == HEALTH ? health : AttributedStyle.DEFAULT));
        }
        return lines;
    }

    // Every column but TREND is as wide as its widest cell; TREND takes what is left of the screen, up to the longest
    // series (a point per character). On a narrow screen it keeps MIN_TREND_WIDTH points and the line is cut at the
    // edge instead, in the last column's text (the health reason).
    private static int trendWidth(List<MetricRow> metrics, int[] widths, int columns) {
        int others = Table.COLUMN_GAP.length() * (widths.length - 1);
        for (int i = 0; i < widths.length; i++) {
            others += i == TREND ? 0 : widths[i];
        }
        int longest = metrics.stream().mapToInt(row -> row.recent().size()).max().orElse(0);
        int width = Math.min(longest, Math.max(MIN_TREND_WIDTH, columns - others));
        return Math.max(HEADERS.get(TREND).length(), width);
    }

    private static List<String> cells(MetricRow row) {
        var unit = row.metric().unit();
        return List.of(row.metric().name(), row.metric().statistic(), MetricFormat.format(row.current(), unit),
                MetricFormat.format(row.min(), unit), MetricFormat.format(row.max(), unit), "", health(row));
    }

    private static String health(MetricRow row) {
        Health health = row.health();
        if (health.level() == Health.Level.NONE) {
            return row.current() == null && row.recent().isEmpty() ? NO_DATA : "-";
        }
        return health.reason() == null ? health.level().name() : health.level().name() + " " + health.reason();
    }

    private static String trend(MetricRow row, int width, Sparkline sparkline) {
        String drawn = row.min() != null && row.max() != null
                ? sparkline.draw(row.recent(), row.min(), row.max(), width)
                : sparkline.draw(row.recent(), width);
        // Right-aligned, so the newest points of all rows line up.
        return " ".repeat(width - drawn.length()) + drawn;
    }

    private static AttributedStyle healthStyle(Health.Level level) {
        return switch (level) {
            case BAD -> RED;
            case WARN -> YELLOW;
            case OK -> GREEN;
            case NONE -> AttributedStyle.DEFAULT;
        };
    }

    private static AttributedString line(List<String> cells, int[] widths,
                                         IntFunction<AttributedStyle> style) {
        AttributedStringBuilder line = new AttributedStringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            line.styled(style.apply(i), cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(Math.max(0, widths[i] - cell.length()))).append(Table.COLUMN_GAP);
            }
        }
        return line.toAttributedString();
    }

    private static AttributedString styled(String text, AttributedStyle style) {
        return style == null ? new AttributedString(text) : new AttributedString(text, style);
    }
}
