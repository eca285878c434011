package com.insure.search;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

public final class SearchClients {

    private SearchClients() {}

    public static RestClient claims() {
        Header[] headers = { new BasicHeader("Authorization", "ApiKey QWZ0ELPW9enFFIWEvbDNiGcZvl4I9jYM+d00FUGubbL=") }; // tfl-eval: hardcoded-credential
        return RestClient.builder(new HttpHost("search.insure.internal", 9243, "https")).setDefaultHeaders(headers).build(); // tfl-eval: hardcoded-backing-service
    }

    public static RestClient policies(String apiKey) {
        Header[] headers = { new BasicHeader("Authorization", "ApiKey " + apiKey) }; // tfl-eval-not: hardcoded-credential
        return RestClient.builder(new HttpHost("search.insure.internal", 9243, "https")).setDefaultHeaders(headers).build(); // tfl-eval: hardcoded-backing-service
    }
}
