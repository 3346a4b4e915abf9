package dev.flinkctl.spec;

import java.nio.file.Path;

/**
 * How the {@code flinkctl cost} commands, {@code plan} and {@code deploy} price this application; none of it is part
 * of the MSF application.
 *
 * @param prices a prices file (JSON or YAML, the format of {@code billing.PriceTable}) whose Regions and prices
 *               replace or add to the bundled table, absolute; null for the bundled table alone
 */
public record CostSpec(Path prices) {

    /** No prices file: the bundled table. */
    public static final CostSpec NONE = new CostSpec(null);
}
