package dev.flinkctl.deploy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Puts job jars into S3 under content-addressed keys ({@link CodeLocation#key}): a jar already there is not uploaded
 * again, and a changed jar always gets a new key, so MSF never keeps running old code from a reused key (see
 * https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-update.html).
 */
public final class CodeUploader {
    private final S3Client s3;

    /** @param s3 the client, owned by the caller */
    public CodeUploader(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * @param bucket the bucket
     * @param key    the key
     * @return the object's location (with its version id when the bucket is versioned) if it exists
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if the bucket does not exist
     */
    public Optional<CodeLocation> find(String bucket, String key) {
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new CodeLocation(bucket, key, head.versionId()));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (NoSuchBucketException e) {
            throw noBucket(bucket, e);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) { // HEAD responses carry no error code: 404 is either key or bucket
                if (!bucketExists(bucket)) {
                    throw noBucket(bucket, e);
                }
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * @param jar    the jar file
     * @param bucket the bucket
     * @param key    the content-addressed key
     * @return where it is now, with the version id S3 assigned (null if unversioned)
     */
    public CodeLocation upload(Path jar, String bucket, String key) {
        String version = s3.putObject(request -> request.bucket(bucket).key(key)
                .contentType("application/java-archive"), RequestBody.fromFile(jar)).versionId();
        return new CodeLocation(bucket, key, version);
    }

    private boolean bucketExists(String bucket) {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return true;
        } catch (NoSuchBucketException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static FlinkctlException noBucket(String bucket, Exception cause) {
        return new FlinkctlException(ExitCodes.NOT_FOUND, "S3 bucket '" + bucket + "' does not exist: create it, or "
                + "set code.bucket in the spec to one that does", cause);
    }
}
