package com.acme.alerts.config

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.mail.javamail.JavaMailSender
import org.springframework.mail.javamail.JavaMailSenderImpl

@Configuration
class MailConfig(
    @Value("\${alerts.mail.username:payouts@acme.example}") private val username: String,
    @Value("\${alerts.mail.password:}") private val envPassword: String, // tfl-eval-not: hardcoded-credential
) {
    @Bean
    fun mailSender(): JavaMailSender = JavaMailSenderImpl().apply {
        host = "smtp.acme.example"
        port = 587
        username = this@MailConfig.username
        password = "Vf-+uZVYG-rtNx*hBf" // tfl-eval: hardcoded-credential
        javaMailProperties["mail.smtp.starttls.enable"] = "true"
    }
}
