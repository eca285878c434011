package com.stampcard.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.session.MapSessionRepository
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession
import java.util.concurrent.ConcurrentHashMap

@Configuration
@EnableSpringHttpSession
class SessionConfig {
    // Spring Session over a map in this JVM: the stamp card's login lives in one replica only.
    @Bean
    fun sessionRepository(): MapSessionRepository = MapSessionRepository(ConcurrentHashMap()) // tfl-eval: memory-session-store
}
