package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.output.Printer;
import dev.flinkctl.shell.Session;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code use} in {@code flinkctl shell}: sets the session's default application and target. */
@Command(name = "use",
        description = {"Set what the following commands in this shell use when they are not told: the application "
            + "(as $FLINKCTL_APPLICATION would), the target (as $FLINKCTL_TARGET would), the AWS profile and region "
            + "(as --profile and --region would). Without arguments, print them."},
        footerHeading = "%nExamples:%n",
        footer = {"  use fraud-detection                  the default application",
            "  use --local                          the local environment",
            "  use --profile prod --region eu-west-1",
            "  use my-app --aws                     AWS with the profile and region set before",
            "  use --reset                          back to the environment the shell started with"},
        exitCodeList = {"0:set (or printed)", "2:invalid arguments"})
final class UseCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "APP", description = "Default application",
            completionCandidates = DynamicCandidates.ApplicationNames.class)
    String application;

    @Option(names = "--local", description = "Use the local environment (flinkctl local up)")
    boolean local;

    @Option(names = "--aws", description = "Use AWS, with the profile and region set before, if any")
    boolean aws;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Use AWS with this named profile",
            completionCandidates = DynamicCandidates.ProfileNames.class)
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "Use AWS in this region")
    String region;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--reset", description = "Forget every setting made with use, before applying the others")
    boolean reset;

    @Spec CommandSpec spec;

    private final AtomicReference<Session> session;
    private final Session initial;

    /**
     * @param session the shell's session, updated here
     * @param initial the session the shell started with, for {@code --reset}
     */
    UseCommand(AtomicReference<Session> session, Session initial) {
        this.session = session;
        this.initial = initial;
    }

    /**
     * @return {@link ExitCodes#OK}
     * @throws FlinkctlException {@link ExitCodes#USAGE} for {@code --local} with AWS settings
     */
    @Override
    public Integer call() {
        boolean toAws = aws || profile != null || region != null;
        if (local && toAws) {
            throw new FlinkctlException(ExitCodes.USAGE, "--local excludes --aws, --profile and --region");
        }
        Session now = session.updateAndGet(current -> {
            Session next = reset ? initial : current;
            if (local) {
                next = next.local();
            } else if (toAws) {
                next = next.aws(profile, region);
            }
            return application == null ? next : next.withApplication(application);
        });
        if (!local && !toAws && !reset && application == null) {
            Printer printer = Printer.of(spec);
            printer.line("target       %s", orUnset(now.target()));
            printer.line("profile      %s", orUnset(now.profile()));
            printer.line("region       %s", orUnset(now.region()));
            printer.line("application  %s", orUnset(now.application()));
        }
        return ExitCodes.OK;
    }

    private static String orUnset(String value) {
        return value == null ? "(default)" : value;
    }
}
