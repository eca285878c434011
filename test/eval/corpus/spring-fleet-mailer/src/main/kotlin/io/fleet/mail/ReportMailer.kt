package io.fleet.mail

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.mail.javamail.JavaMailSenderImpl

@Configuration
class ReportMailer {
    @Bean
    fun reportSender() = JavaMailSenderImpl().apply {
        host = "smtp.mailgun.org" // tfl-eval: hardcoded-backing-service
        port = 465
        username = System.getenv("MAILGUN_SMTP_LOGIN")
        password = System.getenv("MAILGUN_SMTP_PASSWORD")
        protocol = "smtps"
    }
}
