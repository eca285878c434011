package com.acme.statements.mail;

import org.apache.commons.mail.DefaultAuthenticator;
import org.apache.commons.mail.EmailException;
import org.apache.commons.mail.MultiPartEmail;

public class StatementMailer {
    public void send(String to, byte[] pdf) throws EmailException {
        MultiPartEmail email = new MultiPartEmail();
        email.setHostName("smtp.acme.example");
        email.setSmtpPort(587);
        email.setAuthenticator(new DefaultAuthenticator("statements@acme.example", "C76KfytIIM9Hu#4w")); // tfl-eval: hardcoded-credential
        email.setStartTLSRequired(true);
        email.setFrom("statements@acme.example", "Acme Statements");
        email.setSubject("Your monthly statement");
        email.addTo(to);
        email.setMsg("Your statement is attached. We will never ask for your password."); // tfl-eval-not: hardcoded-credential
        email.send();
    }
}
