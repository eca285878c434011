package org.clinic.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public class AppointmentMailer {

    private static final String SMTP_USER = "reminders@clinic.org";
    private static final String SMTP_PASS = "Zmpwu00%c7mw"; // tfl-eval: hardcoded-credential

    public Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.office365.com"); // tfl-eval: hardcoded-backing-service
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });
    }

    public Session labSession() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.lab.clinic.org"); // tfl-eval: hardcoded-backing-service
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("lab-results", "Dyubu38#jLmX"); // tfl-eval: hardcoded-credential
            }
        });
    }
}
