package io.helpdesk.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public class TicketMailer {

    private final Session session;

    public TicketMailer() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.helpdesk.io"); // tfl-eval: hardcoded-backing-service
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        session = Session.getInstance(props);
    }

    public void send(String to, String subject, String body) throws Exception {
        Message message = new MimeMessage(session);
        message.setFrom(new InternetAddress("tickets@helpdesk.io"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        message.setText(body);
        Transport transport = session.getTransport("smtp");
        transport.connect("smtp.helpdesk.io", "tickets@helpdesk.io", "M69w4yj@JFcv"); // tfl-eval: hardcoded-credential
        transport.sendMessage(message, message.getAllRecipients());
        transport.close();
    }
}
