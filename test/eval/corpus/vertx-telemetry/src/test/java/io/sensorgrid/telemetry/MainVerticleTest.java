package io.sensorgrid.telemetry;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MainVerticleTest {
    private final JsonObject config = new JsonObject()
            .put("mqtt.password", "test-mqtt-pass") // tfl-eval-not: hardcoded-credential
            .put("pg.host", "localhost");

    @Test
    void deploys() {
        assert config.getString("mqtt.password") != null;
    }
}
