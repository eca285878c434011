package io.tickets;

import io.vertx.pgclient.PgConnectOptions;
import org.junit.jupiter.api.Test;

class MainVerticleTest {
  @Test
  void connects() {
    new PgConnectOptions().setUser("test").setPassword("test"); // tfl-eval-not: hardcoded-credential
  }
}
