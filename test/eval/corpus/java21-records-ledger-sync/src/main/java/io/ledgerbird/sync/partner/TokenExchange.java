package io.ledgerbird.sync.partner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class TokenExchange {

    private static final String TOKEN_URL = "https://auth.bankfeeds.example/oauth2/token";

    private final HttpClient http = HttpClient.newHttpClient();

    public String fetchToken(String environment) throws Exception {
        String body = """
                {
                  "grant_type": "client_credentials",
                  "client_id": "ledgerbird-sync",
                  "client_secret": "CYuAx1QqtWagq97ItuiLeHgiDrNbVhB6i1n11Eko",
                  "scope": "feeds:read"
                }
                """;
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/json")
                .header("X-Partner-Key", partnerKey(environment))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static String partnerKey(String environment) {
        return switch (environment) {
            case "production" -> "98c58815bf76de0d3580401fd9b6a9f4c21827fe"; // tfl-eval: hardcoded-credential
            case "local" -> "local-dev-key";
            default -> System.getenv("PARTNER_KEY"); // tfl-eval-not: hardcoded-credential
        };
    }
}
