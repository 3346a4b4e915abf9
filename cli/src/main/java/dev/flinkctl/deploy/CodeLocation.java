package dev.flinkctl.deploy;

/**
 * Where an application's code lives in S3.
 *
 * @param bucket        the bucket name
 * @param key           the object key; flinkctl's keys are content-addressed: {@code <prefix><app>/<sha256>.jar}
 * @param objectVersion the S3 object version, or null when the bucket is not versioned
 */
public record CodeLocation(String bucket, String key, String objectVersion) {

    /**
     * @param prefix      the key prefix, e.g. {@code flinkctl/} (may be empty)
     * @param application the application name
     * @param sha256      the jar's SHA-256, lowercase hex
     * @return the content-addressed key: an unchanged jar maps to the same key, a changed one never does
     */
    public static String key(String prefix, String application, String sha256) {
        String base = prefix == null ? "" : prefix;
        if (!base.isEmpty() && !base.endsWith("/")) {
            base += "/";
        }
        return base + application + "/" + sha256 + ".jar";
    }

    /** @return the bucket's ARN, {@code arn:aws:s3:::<bucket>} */
    public String bucketArn() {
        return "arn:aws:s3:::" + bucket;
    }

    /** @return {@code s3://bucket/key} */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
