package com.acme.inventory.sync;

import com.acme.inventory.db.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class ShopifySync implements Runnable {

    private static final String SHOP = "acme-outdoor.myshopify.com";
    private static final String API_VERSION = "2024-01";
    private static final String FALLBACK_TOKEN = "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"; // tfl-eval: hardcoded-credential
    private static final String TOKEN_HEADER = "X-Shopify-Access-Token"; // tfl-eval-not: hardcoded-credential

    private final Database db;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    public ShopifySync(Database db, String token) {
        this.db = db;
        this.token = token == null || token.isBlank() ? FALLBACK_TOKEN : token;
    }

    @Override
    public void run() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://" + SHOP + "/admin/api/" + API_VERSION + "/inventory_levels.json"))
                .header(TOKEN_HEADER, token)
                .GET()
                .build();
        http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString()).join();
    }
}