package org.acme.vets.reminder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Sends vaccination reminders through Mailgun's HTTP API. */
public class ReminderClient {
    private static final String MAILGUN_API_KEY = "key-d0be1d72102c5f288c2117d919df6307"; // tfl-eval: hardcoded-credential
    private final HttpClient http = HttpClient.newHttpClient();

    public int send(String to, String text) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("api:" + MAILGUN_API_KEY).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.eu.mailgun.net/v3/vets.example.org/messages"))
                .header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString("to=" + to + "&text=" + text))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
