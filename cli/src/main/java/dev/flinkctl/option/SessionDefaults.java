package dev.flinkctl.option;

import java.lang.reflect.Field;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;

/**
 * {@code flinkctl shell}'s profile and region as the default values of every command's {@code --profile} and
 * {@code --region} ({@link TargetOptions}). Environment variables would not do: the AWS SDK reads the process's own
 * environment, which a running JVM cannot change. Options of the same name elsewhere (e.g. a price region) keep
 * their own defaults.
 */
public final class SessionDefaults implements IDefaultValueProvider {
    private final String profile;
    private final String region;

    /**
     * @param profile the default {@code --profile}, or null for none
     * @param region  the default {@code --region}, or null for none
     */
    public SessionDefaults(String profile, String region) {
        this.profile = profile;
        this.region = region;
    }

    /** @return the session's value for {@link TargetOptions}'s {@code --profile} and {@code --region}, else null */
    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument.userObject() instanceof Field field) || field.getDeclaringClass() != TargetOptions.class) {
            return null;
        }
        return switch (field.getName()) {
            case "profile" -> profile;
            case "region" -> region;
            default -> null;
        };
    }
}
