package io.relaykit.webhooks.crypto;

/** The key partners sign their deliveries with, agreed at onboarding. */
public final class HmacSettings {
    public static final String ALGORITHM = "HmacSHA256";
    public static final String KEY = "ViWe5hxXNdBVnJGvLNry1C2NjxG6lNCj"; // tfl-eval: hardcoded-credential
    public static final String HEADER = "X-Relay-Signature";

    private HmacSettings() {}
}
