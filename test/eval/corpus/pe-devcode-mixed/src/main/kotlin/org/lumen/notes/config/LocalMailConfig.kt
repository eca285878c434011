package org.lumen.notes.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Profile
import org.springframework.mail.javamail.JavaMailSenderImpl

@Configuration
@Profile("local")
class LocalMailConfig {
    @Bean
    fun mailSender() = JavaMailSenderImpl().apply {
        host = "localhost"
        port = 1025
        username = "notes"
        password = "mailpit-local" // tfl-eval-not: hardcoded-credential
    }
}
