package com.staybook.booking.config;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

@Configuration
public class PersistenceConfig {

    public static final String PASSWORD_PROPERTY = "spring.datasource.password"; // tfl-eval-not: hardcoded-credential

    @Bean
    @Profile("reporting")
    public DataSource reportingDataSource() {
        return DataSourceBuilder.create()
                .driverClassName("org.postgresql.Driver")
                .url("jdbc:postgresql://" + System.getenv("REPORT_DB_HOST") + "/reports")
                .username("report_reader")
                .password("Kiml%2075ckd4l") // tfl-eval: hardcoded-credential
                .build();
    }

    @Bean
    public JedisPool jedisPool() {
        JedisPoolConfig cfg = new JedisPoolConfig();
        cfg.setMaxTotal(32);
        return new JedisPool(cfg, System.getenv("REDIS_HOST"), 6379, 2000, "gh6R9qT1YY3WeKK51LRu"); // tfl-eval: hardcoded-credential
    }
}
