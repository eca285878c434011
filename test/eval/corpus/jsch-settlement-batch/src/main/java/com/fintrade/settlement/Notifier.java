package com.fintrade.settlement;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

final class Notifier {
    static final String TWILIO_ACCOUNT_SID = "AC75d206dccbbab34a477a2f496ed01b5d";
    static final String TWILIO_AUTH_TOKEN = "ec8f2cb4d0bf08b28a470566472fef23"; // tfl-eval: hardcoded-credential

    private final Session mail;

    Notifier() {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.host", System.getenv("SMTP_HOST"));
        props.put("mail.smtp.port", "587");
        mail = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("settlement@fintrade.example", "B16YN9JdP2cP+hif"); // tfl-eval: hardcoded-credential
            }
        });
        Twilio.init(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
    }

    void pageOnCall(String text) {
        Message.creator(new PhoneNumber(System.getenv("ONCALL_PHONE")), new PhoneNumber("+15005550006"), text).create();
    }

    /** Shown in the mail footer; not a credential. */
    static final String RESET_HINT = "Forgot your password? Contact the settlement desk."; // tfl-eval-not: hardcoded-credential
}
