package org.creativeautomation.server.blobs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects {@code <prefix><sha256>} in one bucket. Objects are only ever created with bytes
 * already verified against their name, so concurrent uploads of one blob by several servers write
 * the same bytes and any of them may win.
 */
public final class S3BlobStorage implements BlobStorage, AutoCloseable {
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStorage(S3Settings settings) {
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyle())
                // Blobs are verified by SHA-256 before upload; the SDK's default extra checksums use
                // aws-chunked uploads that some S3-compatible stores refuse.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.s3 = builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                    settings.secretKey() == null ? "" : settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private String key(String sha256) {
        return prefix + sha256;
    }

    @Override
    public boolean contains(String sha256) throws IOException {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 cannot tell whether blob " + sha256 + " exists: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("S3 cannot tell whether blob " + sha256 + " exists: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String sha256, Path verifiedFile, long size) throws IOException {
        if (contains(sha256)) {
            return;
        }
        try {
            s3.putObject(b -> b.bucket(bucket).key(key(sha256)).contentLength(size)
                    .contentType("application/octet-stream"), RequestBody.fromFile(verifiedFile));
        } catch (SdkException e) {
            throw new IOException("S3 refused blob " + sha256 + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredBlob> open(String sha256) throws IOException {
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
            return Optional.of(new StoredBlob(in, in.response().contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("S3 cannot read blob " + sha256 + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
