package com.acme.ingest.config;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;

public class CacheConfig {
    public RedisClient thumbnails() {
        RedisURI uri = RedisURI.builder()
            .withHost("thumbs-cache.internal") // tfl-eval: hardcoded-backing-service
            .withPort(6379)
            .withPassword("h0ZyqqUdkr5YQgadXdSdCcxmrkvQ".toCharArray()) // tfl-eval: hardcoded-credential
            .build();
        return RedisClient.create(uri);
    }
}
