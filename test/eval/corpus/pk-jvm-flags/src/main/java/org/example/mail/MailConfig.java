package org.example.mail;

import java.util.Properties;

public final class MailConfig {
    private static final boolean DEV = "development".equals(System.getenv("APP_ENV"));

    public static Properties smtp() {
        Properties props = new Properties();
        if (DEV) {
            props.put("mail.smtp.host", "localhost"); // tfl-eval-not: hardcoded-backing-service
            props.put("mail.smtp.password", "mailpit-dev-pass"); // tfl-eval-not: hardcoded-credential
        } else {
            props.put("mail.smtp.host", System.getenv("SMTP_HOST"));
            props.put("mail.smtp.password", System.getenv("SMTP_PASSWORD"));
        }
        return props;
    }
}
