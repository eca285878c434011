package org.shelfy.library.storage;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

@Singleton
public class CoverStorage {

    private final S3Client s3 = S3Client.builder()
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAZXFCRKFXW6XHNXIN", "h6nPPJeqLxByzTTmXc7bIOX3rNfZfcf9v8ddRzOP"))) // tfl-eval: hardcoded-credential
            .build();

    public MongoClient catalogueClient() {
        MongoCredential credential = MongoCredential.createCredential(
                "library", "admin", "Ness@0174i9l2uq".toCharArray()); // tfl-eval: hardcoded-credential
        return MongoClients.create(MongoClientSettings.builder()
                .credential(credential)
                .build());
    }

    public MongoClient archiveClient(String password) {
        MongoCredential credential = MongoCredential.createScramSha256Credential(
                "archive", "admin", password.toCharArray()); // tfl-eval-not: hardcoded-credential
        return MongoClients.create(MongoClientSettings.builder().credential(credential).build());
    }
}
