package com.acme.reports.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public class ReportMailer {

    private static final String PASSWORD_RESET_SUBJECT = "Your password was reset"; // tfl-eval-not: hardcoded-credential

    public Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", System.getenv("SMTP_HOST"));
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("reports@acme.example", "Pebble%36cobalt97"); // tfl-eval: hardcoded-credential
            }
        });
    }
}