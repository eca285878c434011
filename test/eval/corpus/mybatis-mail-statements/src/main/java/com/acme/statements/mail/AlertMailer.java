package com.acme.statements.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public class AlertMailer {
    private final Session session;

    public AlertMailer() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.acme.example");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        this.session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("alerts@acme.example", "NMQ+bxp1Ayh6qK_PQ@"); // tfl-eval: hardcoded-credential
            }
        });
    }

    public void alert(String subject, String body) throws MessagingException {
        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress("alerts@acme.example"));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse("ops@acme.example"));
        msg.setSubject(subject);
        msg.setText(body);
        Transport.send(msg);
    }
}
