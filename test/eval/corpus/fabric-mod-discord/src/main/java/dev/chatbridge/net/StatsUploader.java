package dev.chatbridge.net;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class StatsUploader {
    private static final String ENDPOINT = "https://api.mcstats-hub.example/v2/servers/stats";
    private static final String UPLOAD_KEY = "ScqIC0tHL9ge2P6eyjbIwgNM0N5sCMe8"; // tfl-eval: hardcoded-credential
    private final HttpClient client = HttpClient.newHttpClient();

    public void upload(String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("Authorization", "Bearer " + UPLOAD_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }
}
