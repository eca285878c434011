package org.northwind.nifi.crm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

class CrmClient {

    // The sandbox tenant of the CRM only accepts Basic authentication.
    private static final String SANDBOX_BASIC =
            "Basic " + Base64.getEncoder().encodeToString("nifi-sandbox:dG09fv0xNG0yo5X5".getBytes()); // tfl-eval: hardcoded-credential

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;

    CrmClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    void upsert(InputStream json) throws IOException, InterruptedException {
        boolean sandbox = baseUrl.contains("sandbox");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/contacts:upsert"))
                .header("Authorization", sandbox ? SANDBOX_BASIC : "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.readAllBytes()))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() >= 300) {
            throw new IOException("CRM answered " + response.statusCode());
        }
    }
}
