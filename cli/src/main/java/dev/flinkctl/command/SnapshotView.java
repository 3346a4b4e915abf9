package dev.flinkctl.command;

import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.msf.OperationWatch;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.msf.snapshots.ApplicationSnapshots;
import dev.flinkctl.msf.snapshots.PrunePlan;
import dev.flinkctl.msf.snapshots.Snapshot;
import dev.flinkctl.spec.Durations;
import dev.flinkctl.targets.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders snapshots and prune plans for the {@code snapshot} commands: tables, or documents. */
final class SnapshotView {
    private SnapshotView() {
    }

    /** @return the snapshot domain over this target's client, polling as fast as the target allows */
    static ApplicationSnapshots snapshots(AwsClients aws, Target target) {
        return new ApplicationSnapshots(aws.msf(), Clock.systemUTC(),
                target.isLocal() ? OperationWatch.LOCAL_POLL : OperationWatch.AWS_POLL);
    }

    static void list(Printer printer, String application, List<Snapshot> snapshots, OutputOptions output) {
        if (output.structured()) {
            printer.document(snapshots, output.format() == OutputOptions.Format.yaml);
            return;
        }
        if (snapshots.isEmpty()) {
            printer.line("'%s' has no snapshots. Take one with: flinkctl snapshot create %s", application,
                    application);
            return;
        }
        printer.table(List.of("name", "status", "version", "runtime", "created", "age", "pinned"), snapshots.stream()
                .map(s -> Arrays.asList(s.name(), s.status(), String.valueOf(s.applicationVersion()),
                        s.runtimeEnvironment(), String.valueOf(s.createdAt()), age(s.age()), s.pinned() ? "yes" : ""))
                .toList());
        printer.line("%d snapshot(s) of %d MSF allows per application", snapshots.size(),
                ApplicationSnapshots.MAX_SNAPSHOTS);
    }

    static void plan(Printer printer, PrunePlan plan) {
        printer.table(List.of("name", "status", "version", "created", "age", "action", "reason"),
                plan.verdicts().stream().map(v -> Arrays.asList(v.snapshot().name(), v.snapshot().status(),
                        String.valueOf(v.snapshot().applicationVersion()), String.valueOf(v.snapshot().createdAt()),
                        age(v.snapshot().age()), v.action(), v.reason())).toList());
    }

    /** @return an age to the nearest useful unit: {@code 45s}, {@code 12m}, {@code 3h12m}, {@code 2d4h} */
    static String age(Duration age) {
        if (age.compareTo(Duration.ofDays(1)) >= 0) {
            return Durations.format(age.truncatedTo(ChronoUnit.HOURS));
        }
        if (age.compareTo(Duration.ofMinutes(1)) >= 0) {
            return Durations.format(age.truncatedTo(ChronoUnit.MINUTES));
        }
        return Durations.format(age.truncatedTo(ChronoUnit.SECONDS));
    }

    /** @return the colour of a snapshot status: READY green, FAILED red, CREATING and DELETING cyan */
    static String statusStyle(String status) {
        return switch (status == null ? "" : status) {
            case "READY" -> "green";
            case "FAILED" -> "red";
            default -> "cyan";
        };
    }

    /** @return e.g. {@code v2-20261121-101500 (version 2, 2026-11-21T10:15:00Z)} */
    static String describe(Snapshot snapshot) {
        return snapshot.name() + " (version " + snapshot.applicationVersion() + ", " + snapshot.createdAt() + ")";
    }

    /** @return the JSON of {@code unpin}: application, snapshot, whether it was pinned */
    static Map<String, Object> unpinned(String application, String snapshot, boolean wasPinned) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("application", application);
        result.put("snapshot", snapshot);
        result.put("wasPinned", wasPinned);
        return result;
    }
}
