package com.reelhouse.rentals;

import javax.servlet.ServletContext;

/** Settings the notify servlet reads from web.xml context parameters and the environment. */
public final class MailSettings {
    static final String PASSWORD_PARAM = "mail.password";
    static final String PASSWORD_RESET_SUBJECT = "Your ReelHouse password reset";

    private final String smtpPassword;
    private final String smsToken;

    public MailSettings(ServletContext ctx) {
        this.smtpPassword = ctx.getInitParameter(PASSWORD_PARAM);
        String token = System.getenv("SMS_GATEWAY_TOKEN");
        this.smsToken = token != null ? token : "";
    }

    public String smtpPassword() { return smtpPassword; }
    public String smsToken() { return smsToken; }
}
