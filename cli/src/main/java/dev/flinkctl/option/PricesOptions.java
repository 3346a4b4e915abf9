package dev.flinkctl.option;

import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.spec.CostSpec;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --prices FILE}: MSF prices that replace or add to the bundled per-Region table. The table is layered: the
 * bundled one, then the spec's {@code cost.prices} file, then {@code --prices}, each later file winning for the
 * Regions and fields it sets.
 */
public final class PricesOptions {

    @Option(names = "--prices", paramLabel = "FILE",
            description = "Prices file (JSON or YAML) that overrides or adds regions, over the spec's cost.prices; "
                + "see README")
    Path file;

    /**
     * @param cost the spec's cost section, {@link CostSpec#NONE} when there is no spec
     * @return the bundled table with the spec's prices file and {@code --prices} laid over it
     * @throws dev.flinkctl.FlinkctlException USAGE when a prices file is unreadable or not in the format
     */
    public PriceTable table(CostSpec cost) {
        PriceTable table = PriceTable.bundled();
        if (cost.prices() != null) {
            table = table.withOverrides(cost.prices());
        }
        return file == null ? table : table.withOverrides(file);
    }
}
