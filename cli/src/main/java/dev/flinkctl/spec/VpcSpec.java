package dev.flinkctl.spec;

import java.util.List;

/**
 * The VPC the application runs in (MSF {@code VpcConfiguration}).
 *
 * @param subnetIds        1 to 16 subnet ids
 * @param securityGroupIds 1 to 5 security group ids
 */
public record VpcSpec(List<String> subnetIds, List<String> securityGroupIds) {

    /** Copies both lists, which must not be null. */
    public VpcSpec {
        subnetIds = List.copyOf(subnetIds);
        securityGroupIds = List.copyOf(securityGroupIds);
    }
}
