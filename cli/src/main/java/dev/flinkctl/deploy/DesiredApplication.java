package dev.flinkctl.deploy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.targets.Target;

/**
 * The application as the spec wants it on one target: the spec with the target's defaults filled in (service
 * execution role, account id for the log stream ARN) and the code's S3 location.
 *
 * @param spec         the spec
 * @param role         the service execution role ARN
 * @param code         where the code is
 * @param logStreamArn the CloudWatch Logs stream ARN, or null when logging is off
 */
public record DesiredApplication(ApplicationSpec spec, String role, CodeLocation code, String logStreamArn) {

    /**
     * @param spec   the spec
     * @param target the target; on the local target a missing role is the local environment's
     * @param code   where the code is (or will be) uploaded
     * @return the desired application
     * @throws FlinkctlException {@link ExitCodes#USAGE} when the spec has no service execution role on AWS, or the
     *                           role is not an IAM role ARN
     */
    public static DesiredApplication of(ApplicationSpec spec, Target target, CodeLocation code) {
        String role = spec.serviceExecutionRole();
        if (role == null) {
            if (!target.isLocal()) {
                throw new FlinkctlException(ExitCodes.USAGE, "the spec sets no serviceExecutionRole: add the ARN of "
                        + "the IAM role MSF runs the application with (see 'flinkctl init')");
            }
            role = target.local().roleArn();
        }
        String[] arn = role.split(":", 6);
        if (arn.length < 6 || !"iam".equals(arn[2]) || arn[4].isEmpty()) {
            throw new FlinkctlException(ExitCodes.USAGE, "serviceExecutionRole '" + role + "' is not an IAM role ARN "
                    + "(arn:aws:iam::ACCOUNT:role/NAME)");
        }
        String logStream = spec.logging().enabled() ? spec.logging().logStreamArn(target.region(), arn[4]) : null;
        return new DesiredApplication(spec, role, code, logStream);
    }

    /** @return the application name */
    public String name() {
        return spec.name();
    }
}
