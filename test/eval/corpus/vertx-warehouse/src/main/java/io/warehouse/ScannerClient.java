package io.warehouse;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;

public class ScannerClient {

    private final String accessKey = "AKIABYZV2IGWNLKYHQ7A"; // tfl-eval: hardcoded-credential
    private final String secretKey = "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"; // tfl-eval: hardcoded-credential
    private final String region = "eu-west-1";

    public AWSStaticCredentialsProvider credentials() {
        return new AWSStaticCredentialsProvider(new BasicAWSCredentials(accessKey, secretKey));
    }

    public AWSStaticCredentialsProvider partner() {
        return new AWSStaticCredentialsProvider(new BasicAWSCredentials("partner-scanner", "bQxj+Y8tgD/qhUQps9MeH0x724zag8xhUepJ2QC6")); // tfl-eval: hardcoded-credential
    }
}
