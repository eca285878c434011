package org.citylib.catalog.mail;

import java.util.List;
import java.util.Properties;

import javax.mail.Authenticator;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.citylib.catalog.model.Loan;

public class OverdueMailer {

    private final Session session;

    public OverdueMailer() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.citylib.org"); // tfl-eval: hardcoded-backing-service
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        session = Session.getInstance(props, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("noreply@citylib.org", "OverdueBot2014"); // tfl-eval: hardcoded-credential
            }
        });
    }

    public void sendReminders(List<Loan> overdue) throws MessagingException {
        for (Loan loan : overdue) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("noreply@citylib.org"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(loan.getPatronEmail()));
            message.setSubject("Overdue: " + loan.getTitle());
            message.setText("Please return \"" + loan.getTitle() + "\" to any branch.");
            Transport.send(message);
        }
    }
}
