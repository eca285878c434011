package io.crm.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.data.redis.connection.RedisPassword
import org.springframework.data.redis.connection.RedisStandaloneConfiguration
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory

@Configuration
class RedisConfig {

    @Bean
    fun redisConnectionFactory(): LettuceConnectionFactory {
        val config = RedisStandaloneConfiguration("redis.crm.internal", 6379) // tfl-eval: hardcoded-backing-service
        config.setPassword(RedisPassword.of("dhDno7cIJ2sdo3k82IgXOLN2")) // tfl-eval: hardcoded-credential
        return LettuceConnectionFactory(config)
    }
}
