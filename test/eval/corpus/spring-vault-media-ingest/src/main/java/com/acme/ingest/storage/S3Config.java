package com.acme.ingest.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

@Configuration
public class S3Config {
    @Bean
    S3Client archiveClient() {
        AwsBasicCredentials creds = AwsBasicCredentials.create("AKIAWLBEVAWRAMCCCJIJ", "TaJKwgWzIelHnsfdt0KvsTXjPD8dXKGIP0ttQlfg"); // tfl-eval: hardcoded-credential
        return S3Client.builder()
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(creds))
            .build();
    }

    @Bean
    S3Client ingestClient() {
        return S3Client.builder()
            .region(Region.EU_WEST_1)
            .credentialsProvider(DefaultCredentialsProvider.create()) // tfl-eval-not: hardcoded-credential
            .build();
    }
}
