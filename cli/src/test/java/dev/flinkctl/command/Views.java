package dev.flinkctl.command;

import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** A printer over a StringWriter and parsed output options, for view tests. */
final class Views {
    final StringWriter out = new StringWriter();
    final Printer printer;

    Views(boolean colour) {
        printer = Printer.of(new CommandLine(CommandSpec.create()).setOut(new PrintWriter(out))).with(colour, false);
    }

    @Command
    static final class Holder {
        @Mixin OutputOptions output;
    }

    /** @return the output options {@code args} give, e.g. {@code -o json} */
    static OutputOptions output(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.output;
    }

    String text() {
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
