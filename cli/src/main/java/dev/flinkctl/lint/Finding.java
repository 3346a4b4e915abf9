package dev.flinkctl.lint;

/**
 * One result of linting a job jar.
 *
 * @param severity how bad it is
 * @param code     a stable kebab-case id of the check, e.g. {@code class-version}: scripts and suppressions match on it
 * @param message  one line saying what is wrong, naming the class, entry or artifact concerned
 * @param fix      one imperative line saying what to change
 */
public record Finding(Severity severity, String code, String message, String fix) {

    /** @return an {@link Severity#ERROR} finding */
    public static Finding error(String code, String message, String fix) {
        return new Finding(Severity.ERROR, code, message, fix);
    }

    /** @return a {@link Severity#WARNING} finding */
    public static Finding warning(String code, String message, String fix) {
        return new Finding(Severity.WARNING, code, message, fix);
    }

    /** @return an {@link Severity#INFO} finding */
    public static Finding info(String code, String message, String fix) {
        return new Finding(Severity.INFO, code, message, fix);
    }
}
