package com.shopwave.billing.integration;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.regions.Regions;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StorageConfig {

    @Bean
    public AmazonS3 invoiceBucket() {
        BasicAWSCredentials credentials = new BasicAWSCredentials(
                "AKIAEJQDAM5FXRJLX2WB", // tfl-eval: hardcoded-credential
                "MEulPUu1F18L6OJyBeYhdx5HZiqtSSYAeXG1fCbT"); // tfl-eval: hardcoded-credential
        return AmazonS3ClientBuilder.standard()
                .withRegion(Regions.EU_WEST_1)
                .withCredentials(new AWSStaticCredentialsProvider(credentials))
                .build();
    }
}
