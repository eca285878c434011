package org.acme.orders;

import com.stripe.Stripe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PaymentResource {
    @ConfigProperty(name = "stripe.webhook-secret")
    String webhookSecret;

    private static final String STATUS_PAID = "paid";

    @PostConstruct
    void init() {
        Stripe.apiKey = "sk_live_7Zi10zXVElBme4zdu1uJLdXy"; // tfl-eval: hardcoded-credential
    }

    String twilioAuthToken() {
        return "0e626c524add8b2f5768fbc765c83a93"; // tfl-eval: hardcoded-credential
    }
}
