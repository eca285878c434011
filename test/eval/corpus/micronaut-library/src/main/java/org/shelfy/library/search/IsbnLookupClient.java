package org.shelfy.library.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class IsbnLookupClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey;

    public IsbnLookupClient(String apiKey) {
        this.apiKey = apiKey;
    }

    public static IsbnLookupClient fromDefaults() {
        return new IsbnLookupClient("222d7ecd5cc6371229b414a876c7a7fb"); // tfl-eval: hardcoded-credential
    }

    public String lookup(String isbn) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://isbn.example/api/v2/" + isbn))
                .header("X-Api-Key", apiKey)
                .header("Authorization", "Bearer vTtEJAyuFRIhz11H59nOKfOPYIrrOUrS0uoe2Ls5") // tfl-eval: hardcoded-credential
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String lookupPublic(String isbn) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://isbn.example/public/" + isbn))
                .header("Accept", "application/json")
                .header("X-Token-Type", "api_key") // tfl-eval-not: hardcoded-credential
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
