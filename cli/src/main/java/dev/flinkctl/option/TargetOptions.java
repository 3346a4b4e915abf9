package dev.flinkctl.option;

import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.completion.StaticCandidates;
import dev.flinkctl.targets.TargetRequest;
import picocli.CommandLine.Option;

/** {@code --local}, {@code --profile}, {@code --region}: which target a command talks to (see the README's Targets). */
public final class TargetOptions {

    @Option(names = "--local", description = "Use the local environment (flinkctl local up) instead of AWS. "
            + "Default: $FLINKCTL_TARGET, else the target 'local up' set, else AWS.")
    boolean local;

    @Option(names = "--profile", paramLabel = "PROFILE", completionCandidates = DynamicCandidates.ProfileNames.class,
            description = "AWS named profile (default: $AWS_PROFILE, else the SDK's default credential chain)")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", completionCandidates = StaticCandidates.Regions.class,
            description = "AWS region (default: $AWS_REGION, else the profile's region)")
    String region;

    /** @return the flags as a request for {@link dev.flinkctl.targets.Targets} */
    public TargetRequest request() {
        return new TargetRequest(local, profile, region);
    }
}
