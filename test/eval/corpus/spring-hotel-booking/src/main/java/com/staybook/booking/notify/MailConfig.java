package com.staybook.booking.notify;

import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;

public final class MailConfig {

    private static final String SMTP_USER = "noreply@staybook.example";
    private static final String SMTP_PASSWORD = "Liht-833boiow7m"; // tfl-eval: hardcoded-credential

    private MailConfig() {}

    public static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.host", System.getenv("SMTP_HOST"));
        props.put("mail.smtp.port", "587");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASSWORD); // tfl-eval-not: hardcoded-credential
            }
        });
    }

    public static Session fallbackSession(Properties props) {
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("alerts@staybook.example", "Wowm_325dm59x"); // tfl-eval: hardcoded-credential
            }
        });
    }
}
