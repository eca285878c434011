package com.harborlog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;

/** Pulls vessel manifests from the port authority's API. */
public class ManifestClient {

    private static final String USER = "harborlog";
    private static final String PASSWORD_PROPERTY = "harborlog.portauthority.password"; // tfl-eval-not: hardcoded-credential
    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest request(String vessel) {
        String password = System.getProperty(PASSWORD_PROPERTY);
        String basic = Base64.getEncoder().encodeToString((USER + ":" + password).getBytes());
        return HttpRequest.newBuilder(URI.create("https://api.portauthority.example.com/manifests/" + vessel))
                .header("Authorization", "Basic " + basic)
                .build();
    }

    HttpRequest legacyRequest(String vessel) {
        return HttpRequest.newBuilder(URI.create("https://legacy.portauthority.example.com/manifests/" + vessel + "?apikey=qu3dtw3dbxc3oHAmPbfu")) // tfl-eval: hardcoded-credential
                .build();
    }
}
