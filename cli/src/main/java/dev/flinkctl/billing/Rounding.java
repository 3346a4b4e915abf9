package dev.flinkctl.billing;

import java.math.RoundingMode;

/**
 * How a {@link Bill} rounds to the cent. AWS's current worked examples (how-pricing.html, Examples 1–3) come out only
 * if each line item is rounded <em>up</em> to the cent and the rounded items are added: Example 1's backups are
 * $0.023 → $0.03, Example 2's storage $0.10417 → $0.11, Example 3's storage $0.02315 → $0.03, although Example 3 says
 * "rounded to the nearest penny". The older Studio examples of the former Kinesis Data Analytics pricing page fit
 * only the exact sum rounded once at the end ($242.0978 → $242.10). Real invoices may round in their own way.
 */
public enum Rounding {

    /** Each line item rounded up to the cent; the total is their sum. The default: reproduces how-pricing.html. */
    LINE_ITEMS_UP(RoundingMode.CEILING, false),

    /** Each line item rounded to the nearest cent, halves up, and the total their sum: "the nearest penny", literally. */
    LINE_ITEMS_HALF_UP(RoundingMode.HALF_UP, false),

    /**
     * The exact amounts added, and only the total rounded to the nearest cent, halves up (the former Studio pricing
     * examples). Line items show their amount to the nearest cent and may not add up to the total.
     */
    TOTAL_HALF_UP(RoundingMode.HALF_UP, true);

    private final RoundingMode mode;
    private final boolean totalFromExactAmounts;

    Rounding(RoundingMode mode, boolean totalFromExactAmounts) {
        this.mode = mode;
        this.totalFromExactAmounts = totalFromExactAmounts;
    }

    /** @return how an amount is rounded to the cent */
    RoundingMode mode() {
        return mode;
    }

    /** @return whether the total is the rounded exact sum rather than the sum of the rounded line items */
    boolean totalFromExactAmounts() {
        return totalFromExactAmounts;
    }
}
