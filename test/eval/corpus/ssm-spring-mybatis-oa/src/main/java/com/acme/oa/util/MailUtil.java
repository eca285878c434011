package com.acme.oa.util;

import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.Message;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

public final class MailUtil {
    private static final String SENDER = "notice@acme-oa.cn";
    // 授权码 (SMTP authorisation code issued by the mail provider)
    private static final String AUTH_CODE = "i0zkzjvjwvshhh1x"; // tfl-eval: hardcoded-credential

    private MailUtil() {}

    public static void send(String to, String subject, String body) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.exmail.qq.com"); // tfl-eval: hardcoded-backing-service
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.ssl.enable", "true");
        Session session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SENDER, AUTH_CODE);
            }
        });
        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(SENDER));
        msg.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        msg.setSubject(subject, "UTF-8");
        msg.setText(body, "UTF-8");
        Transport.send(msg);
    }
}
