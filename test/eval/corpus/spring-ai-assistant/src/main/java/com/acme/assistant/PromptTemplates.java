package com.acme.assistant;

final class PromptTemplates {

    static final String SYSTEM = "You are Acme's support assistant. Never ask the customer for their password or API token."; // tfl-eval-not: hardcoded-credential
    static final String RESET_HINT = "To reset a password, use Settings > Security > Reset password."; // tfl-eval-not: hardcoded-credential

    private PromptTemplates() {}
}