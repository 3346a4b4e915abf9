package dev.flinkctl.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What MSF charges for some usage in one Region, in USD: an actual bill or an estimate. Always the three line items
 * KPUs, running application storage and durable application backups, in that order, zero ones included.
 *
 * @param region    the AWS Region whose prices were used
 * @param lineItems the line items, in the order above
 * @param totalUsd  the total in USD (scale 2); with {@link Rounding#TOTAL_HALF_UP} it may differ from the sum of the
 *                  line items by a cent or two
 * @param rounding  how amounts were rounded to the cent
 */
public record Bill(String region, List<LineItem> lineItems, BigDecimal totalUsd, Rounding rounding) {

    /** Copies the line items. */
    public Bill {
        lineItems = List.copyOf(lineItems);
    }

    /** @return the KPU-hours line item */
    public LineItem kpus() {
        return item(LineItem.KPUS);
    }

    /** @return the running application storage line item (GB-months) */
    public LineItem runningStorage() {
        return item(LineItem.RUNNING_STORAGE);
    }

    /** @return the durable application backups line item (GB-months) */
    public LineItem backups() {
        return item(LineItem.BACKUPS);
    }

    private LineItem item(String name) {
        return lineItems.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no line item " + name));
    }
}
