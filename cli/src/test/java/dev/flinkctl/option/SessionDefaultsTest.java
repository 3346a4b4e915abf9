package dev.flinkctl.option;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CommandFactory;
import dev.flinkctl.Flinkctl;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class SessionDefaultsTest {

    private static CommandSpec parsed(String... args) {
        CommandLine root = Flinkctl.commandLine(new CommandFactory())
                .setDefaultValueProvider(new SessionDefaults("prod", "eu-west-1"));
        CommandLine.ParseResult result = root.parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return result.commandSpec();
    }

    @Test
    void shouldDefaultTheTargetOptionsOfEveryCommand() {
        CommandSpec status = parsed("status");
        CommandSpec snapshots = parsed("snapshot", "list", "orders");

        assertThat((String) status.findOption("--profile").getValue()).isEqualTo("prod");
        assertThat((String) status.findOption("--region").getValue()).isEqualTo("eu-west-1");
        assertThat((String) snapshots.findOption("--region").getValue()).isEqualTo("eu-west-1");
    }

    @Test
    void shouldLeaveTypedValuesAlone() {
        CommandSpec status = parsed("status", "--region", "us-east-1");

        assertThat((String) status.findOption("--region").getValue()).isEqualTo("us-east-1");
        assertThat((String) status.findOption("--profile").getValue()).isEqualTo("prod");
    }

    @Test
    void shouldNotTouchOtherOptionsOfTheSameName() {
        CommandSpec up = parsed("local", "up");

        assertThat((String) up.findOption("--region").getValue()).isEqualTo("us-east-1");
    }
}
