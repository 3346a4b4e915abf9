package dev.flinkctl.local.msf.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Fetches an application's code from S3 (the configured S3 endpoint) to a local jar. */
public final class CodeFetcher {
    private final S3Client s3;

    /** @param s3 the client for the S3 endpoint application code lives in */
    public CodeFetcher(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * Downloads {@code s3://bucket/key} (at {@code objectVersion} when given) to {@code target}.
     *
     * @param bucketArn e.g. {@code arn:aws:s3:::my-bucket}
     * @throws JobStartException naming the object when it does not exist or S3 cannot be reached
     */
    public Path fetch(String bucketArn, String key, String objectVersion, Path target) throws JobStartException {
        String bucket = bucketArn.substring(bucketArn.indexOf(":::") + 3);
        String where = "s3://" + bucket + "/" + key + (objectVersion == null ? "" : " (version " + objectVersion + ")");
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "code-", ".download");
            Files.delete(temp);
            s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).versionId(objectVersion).build(), temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new JobStartException("The application code " + where + " does not exist: upload the jar there, "
                    + "or update the application's S3ContentLocation", e);
        } catch (SdkException e) {
            throw new JobStartException("Cannot fetch the application code " + where + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JobStartException("Cannot store the application code from " + where + ": " + e.getMessage(), e);
        }
    }
}
