package gov.city.permits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PaymentGateway {

    private static final String SIGNATURE_HEADER = "X-Merchant-Signature"; // tfl-eval-not: hardcoded-credential

    @Inject
    @ConfigProperty(name = "permits.payments.merchant-secret")
    String merchantSecret; // tfl-eval-not: hardcoded-credential

    @Inject
    @ConfigProperty(name = "permits.payments.base-url", defaultValue = "https://pay.city.example.gov/api")
    String baseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    public String charge(String permitId, long amountCents) throws Exception {
        String body = "{\"reference\":\"" + permitId + "\",\"amount\":" + amountCents + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/charges"))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, Signatures.hmacSha256(merchantSecret, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
