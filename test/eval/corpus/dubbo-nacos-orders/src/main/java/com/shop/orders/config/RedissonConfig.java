package com.shop.orders.config;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RedissonConfig {

    private static final String REDIS_ADDRESS = "redis://10.12.0.50:6379"; // tfl-eval: hardcoded-backing-service

    @Bean(destroyMethod = "shutdown")
    public RedissonClient redissonClient() {
        Config config = new Config();
        config.useSingleServer()
                .setAddress(REDIS_ADDRESS)
                .setPassword("r3dis!Orders2023") // tfl-eval: hardcoded-credential
                .setDatabase(3)
                .setConnectionPoolSize(64);
        return Redisson.create(config);
    }
}
