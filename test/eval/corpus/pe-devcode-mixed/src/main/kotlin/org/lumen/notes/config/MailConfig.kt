package org.lumen.notes.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Profile
import org.springframework.mail.javamail.JavaMailSenderImpl

@Configuration
@Profile("prod")
class MailConfig {
    @Bean
    fun mailSender() = JavaMailSenderImpl().apply {
        host = System.getenv("SMTP_HOST")
        username = "notes"
        password = "P5jOaM-1CP94T5G5rXcdXi5TsWGqdQhF" // tfl-eval: hardcoded-credential
    }
}
