package io.tickets;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

final class PaymentsClient {
  private static final String ADYEN_API_KEY = "AQEAYTA6ineVaehewSDnogdG6QjrVP8E7lv4nOFePWrD1t0TxpF43jywmx6Cyjb"; // tfl-eval: hardcoded-credential
  private static final String MERCHANT_ACCOUNT = "EventsTicketingECOM"; // tfl-eval-not: hardcoded-credential

  private final WebClient client;

  PaymentsClient(Vertx vertx) {
    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("checkout-test.adyen.com").setSsl(true));
  }

  void sessions(String body) {
    client.post("/v71/sessions")
      .putHeader("X-API-Key", ADYEN_API_KEY)
      .putHeader("Content-Type", "application/json")
      .sendBuffer(io.vertx.core.buffer.Buffer.buffer(body));
  }
}
