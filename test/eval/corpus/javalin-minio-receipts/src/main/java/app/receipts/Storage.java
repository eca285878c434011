package app.receipts;

import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioClient;
import io.minio.http.Method;
import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

final class Storage {
    /** Receipt scans: the office MinIO. */
    static final MinioClient SCANS = MinioClient.builder()
        .endpoint("http://minio.office.lan:9000") // tfl-eval: hardcoded-backing-service
        .credentials(System.getenv("MINIO_ACCESS_KEY"), System.getenv("MINIO_SECRET_KEY"))
        .build();

    /** Month-end archives: the same MinIO through the AWS SDK. */
    static final S3Client ARCHIVE = S3Client.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://10.20.0.15:9000")) // tfl-eval: hardcoded-backing-service
        .forcePathStyle(true)
        .build();

    /** Exports to real S3 in the deploy's region. */
    static final S3Client EXPORTS = S3Client.builder().region(Region.of(System.getenv("AWS_REGION"))).build(); // tfl-eval-not: hardcoded-backing-service

    private Storage() {}

    static String scanLink(String id) throws Exception {
        return SCANS.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.GET).bucket("scans").object(id + ".pdf").expiry(3600).build());
    }
}
