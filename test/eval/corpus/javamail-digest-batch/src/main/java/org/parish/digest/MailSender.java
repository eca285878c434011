package org.parish.digest;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public class MailSender {
    private static final String SMTP_HOST = "smtp.zoho.eu"; // tfl-eval: hardcoded-backing-service

    private final Session session;

    public MailSender() {
        Properties props = new Properties();
        props.put("mail.smtp.host", SMTP_HOST);
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        this.session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("digest@parish.example", "Gk2Lr8Vw4Tz6Nq1X"); // tfl-eval: hardcoded-credential
            }
        });
    }

    public void send(String to, String subject, String html) throws Exception {
        Message message = new MimeMessage(session);
        message.setFrom(new InternetAddress("digest@parish.example"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        message.setContent(html, "text/html; charset=utf-8");
        Transport.send(message);
    }
}
