package dev.flinkctl.shell;

import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.targets.Targets;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code flinkctl shell} remembers between commands: the target, AWS profile and region, and the default
 * application. Each is null when unset, and then commands fall back as they do outside the shell (configuration, the
 * SDK's chains, the spec). A session is laid over the environment ({@link #env}) that commands read, as if the user
 * had exported the variables.
 *
 * @param target      {@code local}, {@code aws}, or null for the configured target
 * @param profile     AWS named profile, or null
 * @param region      AWS region, or null
 * @param application default application name, or null
 */
public record Session(String target, String profile, String region, String application) {
    /** The environment variable of the AWS profile, read by the AWS SDK and the AWS CLI. */
    public static final String PROFILE_ENV = "AWS_PROFILE";
    /** The environment variable of the AWS region, read by the AWS SDK and the AWS CLI. */
    public static final String REGION_ENV = "AWS_REGION";
    /** The local target's name. */
    public static final String LOCAL = "local";
    /** The AWS target's name. */
    public static final String AWS = "aws";

    /**
     * @param env the environment the shell started with
     * @return the session those variables describe ({@value Targets#TARGET_ENV}, {@value #PROFILE_ENV},
     *         {@value #REGION_ENV}, {@value ApplicationOptions#APPLICATION_ENV}); blank values count as unset
     */
    public static Session from(Map<String, String> env) {
        return new Session(value(env, Targets.TARGET_ENV), value(env, PROFILE_ENV), value(env, REGION_ENV),
                value(env, ApplicationOptions.APPLICATION_ENV));
    }

    /**
     * @param name the application commands act on when no APP is given
     * @return this session with that default application
     */
    public Session withApplication(String name) {
        return new Session(target, profile, region, name);
    }

    /**
     * @return this session on the local target. The profile and region stay, unused, for a later {@code use --aws}:
     *         the local target has its own region and dummy credentials.
     */
    public Session local() {
        return new Session(LOCAL, profile, region, application);
    }

    /**
     * @param newProfile the profile to use, or null to keep the current one
     * @param newRegion  the region to use, or null to keep the current one
     * @return this session on the AWS target with those settings
     */
    public Session aws(String newProfile, String newRegion) {
        return new Session(AWS, newProfile == null ? profile : newProfile, newRegion == null ? region : newRegion,
                application);
    }

    /** @return true when commands go to AWS with this session's profile and region (never on the local target) */
    public boolean onAws() {
        return !LOCAL.equals(target);
    }

    /**
     * @param base the environment the shell started with
     * @return {@code base} with this session's settings in its variables, and the variables of unset settings
     *         removed (so {@code use --reset} goes back to the configured target)
     */
    public Map<String, String> env(Map<String, String> base) {
        Map<String, String> env = new HashMap<>(base);
        put(env, Targets.TARGET_ENV, target);
        put(env, PROFILE_ENV, profile);
        put(env, REGION_ENV, region);
        put(env, ApplicationOptions.APPLICATION_ENV, application);
        return Map.copyOf(env);
    }

    private static void put(Map<String, String> env, String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
