package io.bookings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class PaymentClient {
    private final String baseUrl;
    private final String apiKey; // tfl-eval-not: hardcoded-credential
    private final HttpClient http = HttpClient.newHttpClient();

    public PaymentClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey);
    }
}
