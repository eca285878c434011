package org.biblio.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class SearchClient {

    private final String host = "openlibrary.org"; // tfl-eval-not: hardcoded-backing-service
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest lookup(String isbn) {
        return HttpRequest.newBuilder(URI.create("https://" + host + "/isbn/" + isbn + ".json")).build();
    }
}
