package org.creativeautomation.server;

import java.nio.file.Path;
import org.creativeautomation.server.blobs.S3Settings;

/** Where blob bytes go: a folder, or an S3 bucket when {@code s3} is set. */
public record BlobStoreSettings(Path folder, S3Settings s3) {
    public boolean usesS3() {
        return s3 != null;
    }
}
