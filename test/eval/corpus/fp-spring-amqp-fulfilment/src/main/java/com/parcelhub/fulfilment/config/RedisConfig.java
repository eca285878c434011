package com.parcelhub.fulfilment.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration
public class RedisConfig {

    @Value("${tracking.redis.host}")
    private String trackingHost; // tfl-eval-not: hardcoded-backing-service

    @Bean
    public LettuceConnectionFactory redisConnectionFactory() {
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration(trackingHost, 6379)); // tfl-eval-not: hardcoded-backing-service
    }
}
