package com.acme.claims.config;

import jakarta.ejb.Singleton;
import jakarta.mail.MailSessionDefinition;

@MailSessionDefinition(
    name = "java:app/mail/adjusters",
    host = "smtp.acme.example",
    user = "adjusters@acme.example",
    password = "yxG-GNuatqtWH9Ds", // tfl-eval: hardcoded-credential
    properties = {"mail.smtp.starttls.enable=true"})
@Singleton
public class MailSessions {
}
