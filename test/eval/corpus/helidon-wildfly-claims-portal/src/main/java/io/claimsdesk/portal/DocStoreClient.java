package io.claimsdesk.portal;

import io.helidon.config.Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DocStoreClient {

    @Inject
    @ConfigProperty(name = "claims.docstore.api-key") // tfl-eval-not: hardcoded-credential
    String apiKey;

    @Inject
    @ConfigProperty(name = "claims.archive.token", defaultValue = "oXupWEvoFOwEjDEE5HQkaM2WEkzF") // tfl-eval: hardcoded-credential
    String archiveToken;

    @Inject
    @ConfigProperty(name = "claims.archive.password", defaultValue = "") // tfl-eval-not: hardcoded-credential
    String archivePassword;

    private final HttpClient http = HttpClient.newHttpClient();

    static String signingKey(Config config) {
        return config.get("claims.signing.key").asString().orElse("mxiXIMyLEfHWEM9EQo5hCsgbIltzkd"); // tfl-eval: hardcoded-credential
    }

    static String region(Config config) {
        return config.get("claims.docstore.region").asString().orElse("eu-central-1"); // tfl-eval-not: hardcoded-credential
    }

    public String fetch(String id) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://docs.claimsdesk.io/api/v2/docs/" + id))
                .header("X-Api-Key", apiKey) // tfl-eval-not: hardcoded-credential
                .header("X-Archive-Token", archiveToken)
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
