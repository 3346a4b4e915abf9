package dev.flinkctl.targets;

/**
 * What the command line says about the target.
 *
 * @param local   {@code --local}: use the local environment
 * @param profile {@code --profile}, or null
 * @param region  {@code --region}, or null
 */
public record TargetRequest(boolean local, String profile, String region) {
    /** @return a request with no flags: the target comes from the environment and the configuration */
    public static TargetRequest none() {
        return new TargetRequest(false, null, null);
    }
}
