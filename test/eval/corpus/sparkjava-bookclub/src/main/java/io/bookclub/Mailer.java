package io.bookclub;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

final class Mailer {
    private static final String SMTP_USER = "notifications@bookclub.io";

    static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.mailgun.org"); // tfl-eval: hardcoded-backing-service
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, "9c2f1d7e88a04b6c3e5f0a1b2d4c6e8f-2d8e4b1c-7a9f"); // tfl-eval: hardcoded-credential
            }
        });
    }
}
