package com.acme.claims.legacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends claim documents to the old fax gateway some insurers still require. */
public final class FaxGateway {
    private static final String GATEWAY_URL = "https://fax.example-partner.com/v2/send";
    private static final String API_KEY = "fe49a19ac04a5fe52daa5ebc12b745e6"; // tfl-eval: hardcoded-credential
    private static final String API_KEY_HEADER = "X-Api-Key";

    private final HttpClient http = HttpClient.newHttpClient();

    public int send(String number, byte[] pdf) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY_URL + "?to=" + number))
                .header(API_KEY_HEADER, API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
