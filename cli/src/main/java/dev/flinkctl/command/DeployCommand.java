package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.code.Packager;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.deploy.DeployResult;
import dev.flinkctl.deploy.Deployer;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.PricesOptions;
import dev.flinkctl.option.SpecOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.option.WaitOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.HealthGateSpec;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl deploy}: package, lint, upload, create or update, start, wait, health gate. */
@Command(name = "deploy",
        description = {"Deploy the application in the spec: build and lint the jar, upload it to a content-addressed "
            + "S3 key, create or update the application (keeping its state), start it, wait until it runs, and watch "
            + "its health; an unhealthy new version is rolled back. Running it again with nothing changed makes no "
            + "call.", "Without a spec file it deploys the included job as 'fraud-detection'. On the local target "
            + "it starts the local environment first when it is not running."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl deploy --local               # the included job, on this machine",
            "  flinkctl deploy -f flinkctl.yaml --profile prod --region eu-west-1",
            "  flinkctl deploy --expected-version 7  # fail if it changed since version 7",
            "  flinkctl deploy --health-period 5m    # watch the new version for 5 minutes"},
        exitCodeList = {
            ExitCodeHelp.OK + "deployed and healthy, or nothing to do",
            ExitCodeHelp.FAILED + "the build, lint or an MSF operation failed (the message has the cause MSF reports)",
            ExitCodeHelp.USAGE + "invalid input (options, spec file, no AWS region), or state would be lost without "
                + "--allow-state-loss",
            ExitCodeHelp.NOT_FOUND + "no such S3 bucket, or the jar is missing",
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "changed since the plan (--expected-version), or busy in another operation; "
                + "nothing was changed",
            ExitCodeHelp.UNHEALTHY + "the new version failed the health gate (rolled back when there was a previous "
                + "version)",
            ExitCodeHelp.CTRL_C})
public final class DeployCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin SpecOptions specFile;
    @Mixin OutputOptions output;
    @Mixin PricesOptions prices;
    @Mixin WaitOptions waiting;

    @Option(names = "--health-period", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long the health gate watches the new version (default: the spec's "
                + "deploy.healthGate.period, else 60s; 0s turns it off)")
    Duration healthPeriod;

    @Option(names = "--allow-state-loss", description = "Start without the job's state where it cannot be kept "
            + "(restore type SKIP_RESTORE_FROM_SNAPSHOT)")
    boolean allowStateLoss;

    @Option(names = "--allow-non-restored-state", description = "Let the restore skip state that no operator of the "
            + "new job claims (AllowNonRestoredState)")
    boolean allowNonRestoredState;

    @Option(names = "--skip-lint", description = "Deploy even when the jar has lint errors")
    boolean skipLint;

    @Option(names = "--expected-version", paramLabel = "VERSION",
            completionCandidates = DynamicCandidates.VersionIds.class,
            description = "Refuse (exit 6) unless the application is at this version, e.g. the one 'plan' showed")
    Long expectedVersion;

    @Spec CommandSpec spec;

    private final Host host;
    private final Supplier<Packager> packager;

    /**
     * @param host     this machine (environment, installation)
     * @param packager builds and lints the jar; created on first use, so --help and completion never load the linter
     */
    public DeployCommand(Host host, Supplier<Packager> packager) {
        this.host = host;
        this.packager = packager;
    }

    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        ApplicationSpec app = specFile.spec(host.env());
        Target resolved = new Targets(host).resolve(target.request(), true, printer::progress);
        Packager.Packaged packaged = packager.get().buildAndLint(app, printer::progress);
        FindingsView.print(printer, packaged.findings());
        if (packaged.errors() > 0 && !skipLint) {
            throw new FlinkctlException(ExitCodes.FAILED, "the jar has " + packaged.errors() + " lint error(s): fix "
                    + "them (see above), or deploy anyway with --skip-lint");
        }
        HealthGateSpec gate = app.deploy().healthGate();
        if (healthPeriod != null) {
            gate = new HealthGateSpec(healthPeriod, gate.maxRestarts(), gate.maxFailedCheckpoints());
        }
        Deployer.Options options = new Deployer.Options(waiting.await(host.env()),
                waiting.timeout(app.deploy().timeout()), allowStateLoss, allowNonRestoredState, expectedVersion, gate);
        PriceTable priceTable = prices.table(app.cost());
        printer.progress("Deploying '" + app.name() + "' to " + resolved.describe());
        DeployResult result;
        try (AwsClients aws = resolved.clients()) {
            result = new Deployer(aws, resolved, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()),
                    priceTable).deploy(app, packaged.jar(), options, printer::progress);
        }
        DeployView.print(printer, result, output);
        DeployView.reportToGitHub(host.env(), result);
        boolean healthy = result.outcome() != DeployResult.Outcome.rolled_back
                && result.outcome() != DeployResult.Outcome.unhealthy;
        if (!healthy) {
            printer.error("%s", result.message());
            if ("true".equals(host.env().get("GITHUB_ACTIONS"))) {
                printer.errorText(dev.flinkctl.ci.GitHubActions.errorAnnotation(result.message())
                        + System.lineSeparator());
            }
        }
        return healthy ? ExitCodes.OK : ExitCodes.UNHEALTHY;
    }
}
