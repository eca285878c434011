package org.library.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;

public class CatalogSync {

    private final HttpClient http = HttpClient.newHttpClient();

    public String login() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://catalog.worldcat.example/oauth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\":\"library-sync\",\"client_secret\":\"FpgrQyffIaBjva9E6ntVLgbpWcrQvrNz\"}")) // tfl-eval: hardcoded-credential
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public ClientSecretCredential graph() {
        return new ClientSecretCredentialBuilder()
                .tenantId("5f3c1f0e-8a3b-4c2d-9e41-7b0a2c6d9f11")
                .clientId("0b7d2e4a-6c1f-4e83-a5d9-3f2c8b1e7a60")
                .clientSecret("eiaqmEVkmYmBj61U~IIm2DVKsdoqJqEan") // tfl-eval: hardcoded-credential
                .build();
    }

    public void configureMail() {
        System.setProperty("mail.smtp.password", "Rngir56%gw1c"); // tfl-eval: hardcoded-credential
        System.setProperty("mail.smtp.user", "catalog@library.org");
    }
}
