package com.shipfast.logistics.security;

public interface Secrets {
    String WEBHOOK_HMAC_KEY = "420b34943f43c3ee3630184ce50dcc5ac3f8b15082848adc4ffb6fd69ef6bcde"; // tfl-eval: hardcoded-credential
    String LABEL_PRINTER_PASSWORD = "Fuzc#909lxy8"; // tfl-eval: hardcoded-credential
    String API_KEY_HEADER = "X-ShipFast-Key"; // tfl-eval-not: hardcoded-credential
    String PASSWORD_RESET_TOPIC = "password-reset-requests"; // tfl-eval-not: hardcoded-credential
}
