package dev.flinkctl.targets;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.config.FlinkctlConfig;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.LocalEnvironment;
import dev.flinkctl.localenv.LocalStatus;
import dev.flinkctl.localenv.UpRequest;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Decides which target a command talks to, in this order: {@code --local}; {@code FLINKCTL_TARGET}
 * ({@code local} or {@code aws}); AWS when {@code --profile} or {@code --region} is given; the target that
 * {@code flinkctl local up} recorded in the configuration; otherwise AWS. For AWS the region comes from
 * {@code --region}, else the SDK's region chain ({@code AWS_REGION}, the profile's {@code region}).
 */
public final class Targets {
    /** The environment variable that chooses the target: {@code local} or {@code aws}. */
    public static final String TARGET_ENV = "FLINKCTL_TARGET";

    private final Host host;

    /** @param host this machine: environment, home, installation, processes */
    public Targets(Host host) {
        this.host = host;
    }

    /**
     * @param request    the command-line flags
     * @param startLocal true to start the local environment when the local target is chosen and it is not running
     *                   ({@code deploy --local}); false to fail instead
     * @param progress   receives progress lines while the local environment starts
     * @return the target
     * @throws FlinkctlException {@link ExitCodes#USAGE} for a bad {@code FLINKCTL_TARGET}, {@code --local} with
     *                           {@code --profile}, or no AWS region; {@link ExitCodes#NOT_FOUND} when the local
     *                           environment is not running and {@code startLocal} is false; what
     *                           {@link LocalEnvironment#up} throws when starting it fails
     * @throws InterruptedException if interrupted while the local environment starts
     */
    public Target resolve(TargetRequest request, boolean startLocal, Consumer<String> progress)
            throws InterruptedException {
        if (request.local() && request.profile() != null) {
            throw new FlinkctlException(ExitCodes.USAGE, "--local and --profile exclude each other: the local target "
                    + "uses dummy credentials");
        }
        return wantsLocal(request) ? local(startLocal, progress) : aws(request);
    }

    private boolean wantsLocal(TargetRequest request) {
        if (request.local()) {
            return true;
        }
        String chosen = host.env().get(TARGET_ENV);
        if (chosen != null && !chosen.isBlank()) {
            return switch (chosen.strip().toLowerCase(Locale.ROOT)) {
                case FlinkctlConfig.LOCAL_TARGET -> true;
                case "aws" -> false;
                default -> throw new FlinkctlException(ExitCodes.USAGE, TARGET_ENV + "=" + chosen
                        + " is not a target: use 'local' or 'aws'");
            };
        }
        if (request.profile() != null || request.region() != null) {
            return false;
        }
        return FlinkctlConfig.locate(host.env(), host.userHome()).target()
                .filter(FlinkctlConfig.LOCAL_TARGET::equals).isPresent();
    }

    private Target local(boolean start, Consumer<String> progress) throws InterruptedException {
        LocalEnvironment environment = LocalEnvironment.open(host, null);
        LocalStatus status = environment.processStatus();
        if (status.state() != LocalStatus.State.RUNNING) {
            if (!start) {
                throw new FlinkctlException(ExitCodes.NOT_FOUND, "the local environment in " + status.dataDir()
                        + " is " + status.state().label() + ": start it with 'flinkctl local up'");
            }
            progress.accept("Starting the local environment (flinkctl local up)");
            status = environment.up(UpRequest.defaults(), progress).status();
        }
        return new Target(Target.Kind.local, status.region(), null, new Target.Local(
                URI.create(status.endpoint().url()), URI.create(status.moto().url()), status.dashboard(),
                status.accountId(), status.bucket(), status.roleArn(), status.dataDir()));
    }

    private static Target aws(TargetRequest request) {
        String region = request.region();
        if (region == null) {
            try {
                region = DefaultAwsRegionProviderChain.builder().profileName(request.profile()).build()
                        .getRegion().id();
            } catch (SdkClientException e) {
                throw new FlinkctlException(ExitCodes.USAGE, "no AWS region: pass --region, set AWS_REGION, or set "
                        + "region in ~/.aws/config" + (request.profile() == null ? "" : " for profile "
                        + request.profile()) + " (or use the local target: --local)", e);
            }
        }
        return new Target(Target.Kind.aws, region, request.profile(), null);
    }
}
