package io.fleet.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {

    @Value("${fleet.mail.username}")
    private String username;

    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.sendgrid.net"); // tfl-eval: hardcoded-backing-service
        sender.setPort(587);
        sender.setUsername(username);
        sender.setPassword(System.getenv("SENDGRID_API_KEY"));
        sender.getJavaMailProperties().put("mail.smtp.starttls.enable", "true");
        return sender;
    }
}
