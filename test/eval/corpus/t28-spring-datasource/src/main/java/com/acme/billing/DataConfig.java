package com.acme.billing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.postgresql.ds.PGSimpleDataSource;

@Configuration
public class DataConfig {

    @Bean
    public DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://billing-db.internal:5432/billing"); // tfl-eval: hardcoded-backing-service
        config.setUsername(System.getenv("DB_USER"));
        config.setPassword(System.getenv("DB_PASSWORD"));
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    @Bean
    public DataSource reportingSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"reporting-db.internal"}); // tfl-eval: hardcoded-backing-service
        ds.setDatabaseName("reports");
        ds.setUser(System.getenv("REPORTS_USER"));
        return ds;
    }

    @Bean
    public LettuceConnectionFactory redisConnectionFactory() {
        RedisStandaloneConfiguration redis = new RedisStandaloneConfiguration();
        redis.setHostName("billing-cache.internal"); // tfl-eval: hardcoded-backing-service
        redis.setPort(6379);
        return new LettuceConnectionFactory(redis);
    }

    @Bean
    public LettuceConnectionFactory sessionRedis() {
        RedisStandaloneConfiguration redis = new RedisStandaloneConfiguration();
        redis.setHostName(System.getenv("SESSION_REDIS_HOST")); // tfl-eval-not: hardcoded-backing-service
        redis.setDatabase(2);
        return new LettuceConnectionFactory(redis);
    }
}
