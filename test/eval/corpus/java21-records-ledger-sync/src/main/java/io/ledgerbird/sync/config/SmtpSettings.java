package io.ledgerbird.sync.config;

public record SmtpSettings(String host, int port, String username, String password) {

    public SmtpSettings {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("SMTP password must be set"); // tfl-eval-not: hardcoded-credential
        }
    }

    public static SmtpSettings fallback() {
        return new SmtpSettings("smtp.postmarkapp.com", 587, "ledger-sync", "o-HRR2x7DWqL!kC7xFoQ"); // tfl-eval: hardcoded-credential
    }

    public static SmtpSettings fromEnv() {
        return new SmtpSettings(System.getenv("SMTP_HOST"), 587, System.getenv("SMTP_USER"), System.getenv("SMTP_PASSWORD")); // tfl-eval-not: hardcoded-credential
    }
}
