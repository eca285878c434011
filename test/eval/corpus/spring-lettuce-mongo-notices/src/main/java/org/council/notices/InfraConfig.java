package org.council.notices;

import com.mongodb.MongoClient;
import java.util.Properties;
import jakarta.mail.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration
public class InfraConfig {

    @Bean
    public LettuceConnectionFactory redisConnectionFactory() {
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration("notices-redis.council.internal", 6379)); // tfl-eval: hardcoded-backing-service
    }

    @Bean
    public MongoClient archiveClient() {
        return new MongoClient("notices-archive.council.internal", 27017); // tfl-eval: hardcoded-backing-service
    }

    @Bean
    public Session mailSession() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp-relay.council.internal"); // tfl-eval: hardcoded-backing-service
        props.put("mail.smtp.port", "25");
        return Session.getInstance(props);
    }
}
