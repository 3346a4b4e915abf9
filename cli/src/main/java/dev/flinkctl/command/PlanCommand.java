package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.code.BuiltJar;
import dev.flinkctl.code.Packager;
import dev.flinkctl.deploy.Deployer;
import dev.flinkctl.deploy.Plan;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.PricesOptions;
import dev.flinkctl.option.SpecOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl plan}: what {@code deploy} would change, field by field; exit 2 when there are changes. */
@Command(name = "plan",
        description = {"Compare the spec (and the built jar) with the live application and show what 'deploy' would "
            + "do: each differing field (sensitive values masked), create/update/start, whether the job restarts, "
            + "and which snapshot it restores from. Changes nothing.",
            "Exit codes: 0 nothing to do, 2 changes pending, 1 error (as Terraform's -detailed-exitcode)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl plan --local",
            "  flinkctl plan -f flinkctl.yaml --profile prod -o json | jq .changes",
            "  flinkctl plan --allow-state-loss  # as 'deploy --allow-state-loss' would"},
        exitCodeList = {
            ExitCodeHelp.OK + "no changes",
            ExitCodeHelp.FAILED + "error (bad input included)",
            ExitCodeHelp.CHANGES_PENDING,
            ExitCodeHelp.CTRL_C})
public final class PlanCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin SpecOptions specFile;
    @Mixin OutputOptions output;
    @Mixin PricesOptions prices;

    @Option(names = "--allow-state-loss", description = "Plan as 'deploy --allow-state-loss' would")
    boolean allowStateLoss;

    @Spec CommandSpec spec;

    private final Host host;
    private final Supplier<Packager> packager;

    /**
     * @param host     this machine
     * @param packager builds the jar (its SHA-256 names the S3 key); created on first use
     */
    public PlanCommand(Host host, Supplier<Packager> packager) {
        this.host = host;
        this.packager = packager;
    }

    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        ApplicationSpec app = specFile.spec(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        BuiltJar jar = packager.get().build(app, printer::progress);
        Plan plan;
        try (AwsClients aws = resolved.clients()) {
            plan = new Deployer(aws, resolved, Clock.systemUTC(), duration -> { }, prices.table(app.cost()))
                    .plan(app, jar, allowStateLoss);
        }
        PlanView.print(printer, plan, output);
        PlanView.reportToGitHub(host.env(), plan);
        return plan.hasChanges() ? ExitCodes.PLAN_HAS_CHANGES : ExitCodes.OK;
    }
}
