package dev.flinkctl.msf;

import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationCodeConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ApplicationCodeLocationDescription;

/** Where an application's code is, as an {@code s3://bucket/key} URL. */
final class CodeLocations {

    private CodeLocations() {
    }

    /** @return {@code s3://bucket/key} of the application's code, or null (no S3 code, e.g. inline SQL) */
    static String of(ApplicationDetail detail) {
        S3ApplicationCodeLocationDescription s3 = s3(detail);
        if (s3 == null || s3.bucketARN() == null) {
            return null;
        }
        return "s3://" + bucket(s3.bucketARN()) + "/" + s3.fileKey();
    }

    /** @return the S3 location of the application's code, or null */
    static S3ApplicationCodeLocationDescription s3(ApplicationDetail detail) {
        if (detail.applicationConfigurationDescription() == null) {
            return null;
        }
        ApplicationCodeConfigurationDescription code = detail.applicationConfigurationDescription()
                .applicationCodeConfigurationDescription();
        return code == null || code.codeContentDescription() == null ? null
                : code.codeContentDescription().s3ApplicationCodeLocationDescription();
    }

    /** @return the bucket name of a bucket ARN ({@code arn:aws:s3:::my-bucket} → {@code my-bucket}) */
    static String bucket(String bucketArn) {
        return bucketArn.substring(bucketArn.lastIndexOf(':') + 1);
    }
}
