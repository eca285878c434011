///usr/bin/env jbang "$0" "$@" ; exit $?
//DEPS software.amazon.awssdk:s3:2.25.60

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public class ExportLedger {

    public static void main(String... args) {
        S3Client s3 = S3Client.builder()
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAFUEK24ECIMHAA7PQ", "yAJ3RteeaDSexzT6tBpRjExGEt4p7zxuvEW8jP83"))) // tfl-eval: hardcoded-credential
                .build();
        s3.listBuckets().buckets().forEach(b -> System.out.println(b.name()));
    }
}