package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.CostRange;
import dev.flinkctl.billing.KpuConfiguration;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.billing.RegionPrice;
import dev.flinkctl.completion.StaticCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.PricesOptions;
import dev.flinkctl.option.SpecOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.ApplicationSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl cost estimate}: what a spec, or a configuration given by options, costs per month. */
@Command(name = "estimate",
        description = {
            "Estimate what the spec's application costs when it runs for --hours (default 720, a month): line items "
                + "for KPU-hours, running application storage and durable backups, with quantities, unit prices and "
                + "totals in USD, each line rounded up to the cent.",
            "",
            "With autoscaling on (or --autoscaling-max), it prints the range from the configured parallelism to the "
                + "autoscaling maximum. --parallelism, --parallelism-per-kpu and --snapshot-gb price a configuration "
                + "without a spec file."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl cost estimate  # the spec (or the included job's defaults)",
            "  flinkctl cost estimate --parallelism 8 --parallelism-per-kpu 2",
            "  flinkctl cost estimate --region all -o json  # every known region",
            "  flinkctl cost estimate --prices my-prices.yaml --region ap-southeast-2"},
        exitCodeList = {
            ExitCodeHelp.OK + "estimated",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.USAGE + "invalid arguments, a bad spec or prices file, or no known prices for the region"})
public final class CostEstimateCommand implements Callable<Integer> {
    /** The value of {@code --region} that prices every region of the table. */
    static final String ALL_REGIONS = "all";

    @Mixin SpecOptions specOptions;
    @Mixin OutputOptions output;
    @Spec CommandSpec spec;

    @Option(names = "--region", paramLabel = "REGION", completionCandidates = StaticCandidates.Regions.class,
            description = "AWS region whose prices to use, or 'all' (default: $AWS_REGION, else us-east-1)")
    String region;

    @Option(names = "--hours", paramLabel = "HOURS", defaultValue = "720",
            description = "Hours the application runs (default: ${DEFAULT-VALUE}, AWS's month)")
    int hours;

    @Option(names = "--parallelism", paramLabel = "N", description = "Parallelism (default: the spec's)")
    Integer parallelism;

    @Option(names = "--parallelism-per-kpu", paramLabel = "N",
            description = "Parallel tasks per KPU, 1 to 8 (default: the spec's)")
    Integer parallelismPerKpu;

    @Option(names = "--autoscaling-max", paramLabel = "KPUS",
            description = "Autoscaling maximum in KPUs for the upper end of the range (default: 64 when the spec "
                + "has autoscaling on, else no range)")
    Integer autoscalingMax;

    @Option(names = "--snapshot-gb", paramLabel = "GB", defaultValue = "0",
            description = "Snapshot data held, in GB, billed as durable backups (default: ${DEFAULT-VALUE})")
    BigDecimal snapshotGb;

    @Mixin PricesOptions prices;

    private final Host host;

    /** @param host this machine (environment) */
    public CostEstimateCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}
     * @throws FlinkctlException {@link ExitCodes#USAGE} for invalid numbers, a bad spec or prices file, or a region
     *     without known prices
     */
    @Override
    public Integer call() {
        if (hours < 1 || snapshotGb.signum() < 0) {
            throw new FlinkctlException(ExitCodes.USAGE, "--hours must be at least 1 and --snapshot-gb at least 0");
        }
        ApplicationSpec app = specOptions.spec(host.env());
        KpuConfiguration config;
        try {
            config = KpuConfiguration.streaming(parallelism != null ? parallelism : app.scaling().parallelism(),
                    parallelismPerKpu != null ? parallelismPerKpu : app.scaling().parallelismPerKpu());
        } catch (IllegalArgumentException e) {
            throw new FlinkctlException(ExitCodes.USAGE, e.getMessage());
        }
        Integer maxKpus = autoscalingMax != null ? autoscalingMax
                : app.scaling().autoScaling() ? KpuConfiguration.DEFAULT_MAX_KPUS : null;
        PriceTable table = prices.table(app.cost());
        List<RegionPrice> regions = new ArrayList<>();
        String chosen = region != null ? region : host.env().getOrDefault("AWS_REGION", "us-east-1");
        if (chosen.equals(ALL_REGIONS)) {
            regions.addAll(table.rows());
        } else {
            regions.add(table.price(chosen));
        }
        Duration running = Duration.ofHours(hours);
        List<CostView.Estimate> estimates = regions.stream().map(price -> {
            CostModel model = CostModel.of(price);
            CostRange range = maxKpus == null ? null
                    : model.autoscalingRange(config, maxKpus, running, snapshotGb);
            return new CostView.Estimate(app.name(), price.region(), hours, config.parallelism(),
                    config.parallelismPerKpu(), config.totalKpus(), model.estimate(config, running, snapshotGb),
                    range == null ? null : range.high(), maxKpus, price.source(), price.retrieved());
        }).toList();
        Printer printer = output.printer(spec, host.env());
        CostView.estimates(printer, output, estimates);
        return ExitCodes.OK;
    }
}
