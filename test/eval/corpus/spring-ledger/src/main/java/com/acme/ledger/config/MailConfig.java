package com.acme.ledger.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {
    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.sendgrid.net"); // tfl-eval: hardcoded-backing-service
        sender.setUsername("apikey");
        sender.setPassword("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"); // tfl-eval: hardcoded-credential
        return sender;
    }
}
