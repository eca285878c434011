package com.auction.payments;

import com.stripe.Stripe;
import com.twilio.Twilio;
import com.sendgrid.SendGrid;

public final class PaymentsModule {

    private PaymentsModule() {}

    public static void configure() {
        Stripe.apiKey = "sk_live_jq7NbyQPMIhUWvygmakUwcOt"; // tfl-eval: hardcoded-credential
        Twilio.init("AC2cc5e5cbc892af0e9b075adfdc39c453", "99c743b2f1d656af6ec60eab6f93e5d9"); // tfl-eval: hardcoded-credential
    }

    public static SendGrid mailer() {
        return new SendGrid("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"); // tfl-eval: hardcoded-credential
    }

    public static SendGrid mailerFromEnv() {
        return new SendGrid(System.getenv("SENDGRID_API_KEY")); // tfl-eval-not: hardcoded-credential
    }
}
