package com.freight.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;

@Configuration
public class StorageConfig {

    private static final String BUCKET_REGION = "eu-central-1";
    private static final String ACCESS_KEY_PROPERTY = "freight.s3.access-key"; // tfl-eval-not: hardcoded-credential

    @Bean
    public S3Client s3Client() {
        AwsBasicCredentials credentials = AwsBasicCredentials.create(
                "AKIAYUHUFZDOAETRJIDG", // tfl-eval: hardcoded-credential
                "9ewkrNJi8bD01BqEIkw60khyEbJFwIPXjIW7J/+u"); // tfl-eval: hardcoded-credential
        return S3Client.builder()
                .region(Region.of(BUCKET_REGION))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .build();
    }

    @Bean
    public BlobServiceClient podArchive() {
        return new BlobServiceClientBuilder()
                .connectionString("DefaultEndpointsProtocol=https;AccountName=freightpods;AccountKey=H47270E+knRmhLccYrNvIE4OHpY9Poj9pUiLG0/VRT1=;EndpointSuffix=core.windows.net") // tfl-eval: hardcoded-credential
                .buildClient();
    }
}
