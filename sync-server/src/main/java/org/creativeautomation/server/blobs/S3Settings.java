package org.creativeautomation.server.blobs;

/**
 * An S3 bucket for blobs. {@code endpoint} is empty for AWS itself; an S3-compatible store (MinIO,
 * Ceph, S3Proxy) needs its endpoint and usually path-style addressing. Without keys the SDK's default
 * credential chain (environment, profile, instance role) is used.
 */
public record S3Settings(String endpoint, String bucket, String region, String accessKey, String secretKey,
                         boolean pathStyle, String prefix) {
    public S3Settings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("s3.bucket is required for S3 blob storage");
        }
        region = region == null || region.isBlank() ? "us-east-1" : region;
        prefix = prefix == null ? "blobs/" : prefix;
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle="
                + pathStyle + ", prefix=" + prefix + "]"; // no keys
    }
}
