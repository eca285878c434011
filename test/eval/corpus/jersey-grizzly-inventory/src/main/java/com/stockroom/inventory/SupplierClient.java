package com.stockroom.inventory;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;

public class SupplierClient {

    private final Client client = ClientBuilder.newClient()
            .register(HttpAuthenticationFeature.basic("stockroom", "qs7jJ#CRex8jUO")); // tfl-eval: hardcoded-credential

    private final Client erp = ClientBuilder.newClient()
            .register(HttpAuthenticationFeature.digest("inventory-sync", System.getenv("ERP_PASSWORD"))); // tfl-eval-not: hardcoded-credential

    public String stockLevels(String sku) {
        return client.target("https://suppliers.example.net/v1/stock/" + sku)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public void pushAdjustment(String payload) {
        erp.target("https://erp.stockroom.local/api/adjustments")
                .request()
                .header("X-Erp-Token", "TcRTw14XLUeoPb6FqoBNkrH49y1aCHOw") // tfl-eval: hardcoded-credential
                .post(jakarta.ws.rs.client.Entity.json(payload));
    }
}
