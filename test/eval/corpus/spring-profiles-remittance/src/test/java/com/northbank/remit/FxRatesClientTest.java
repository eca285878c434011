package com.northbank.remit;

import com.northbank.remit.fx.FxRatesClient;
import org.junit.jupiter.api.Test;

class FxRatesClientTest {
    @Test
    void buildsClient() {
        new FxRatesClient("http://localhost:8089", "dummy-api-key"); // tfl-eval-not: hardcoded-credential
    }
}
