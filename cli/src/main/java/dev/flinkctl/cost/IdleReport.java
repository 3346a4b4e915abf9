package dev.flinkctl.cost;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The forgotten-application report of {@code flinkctl cost idle}: the running applications of a Region whose input
 * stayed below a threshold over a window, and what they cost per month. {@code -o json} prints this document.
 *
 * @param region                    the AWS Region (the local target says {@code us-east-1})
 * @param windowDays                the window, in days ({@code --days})
 * @param since                     the start of the window, aligned down to the hour as CloudWatch's 1-hour periods
 *                                  are
 * @param until                     the end of the window (when the report was made)
 * @param thresholdRecordsPerSecond an application is idle below this window average of {@code numRecordsInPerSecond},
 *                                  in records per second ({@code --below})
 * @param runningChecked            the applications checked: those RUNNING or AUTOSCALING
 * @param applications              the idle ones, in the order MSF lists them
 * @param monthlyTotalUsd           what the idle ones cost per month together, in USD (backups left out); null when
 *                                  the Region's prices are not known
 * @param priceSource               where the Region's prices come from; null when not known
 * @param pricesRetrieved           the date of those prices; null when not known or not given
 */
@JsonPropertyOrder({"region", "windowDays", "since", "until", "thresholdRecordsPerSecond", "runningChecked",
    "applications", "monthlyTotalUsd", "priceSource", "pricesRetrieved"})
public record IdleReport(String region, long windowDays, Instant since, Instant until,
                         double thresholdRecordsPerSecond, int runningChecked, List<IdleApplication> applications,
                         BigDecimal monthlyTotalUsd, String priceSource, LocalDate pricesRetrieved) {

    /** Copies the list. */
    public IdleReport {
        applications = List.copyOf(applications);
    }

    /** @return true when the Region's prices were known, so the applications carry monthly bills */
    public boolean priced() {
        return monthlyTotalUsd != null;
    }
}
