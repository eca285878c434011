package com.contoso.orders;

import com.azure.cosmos.CosmosClientBuilder;
import org.junit.jupiter.api.Test;

class OrderFunctionsTest {
    // The Cosmos DB emulator's key, from the test environment.
    private static final String EMULATOR_KEY = System.getenv("COSMOS_EMULATOR_KEY");

    @Test
    void createsOrderAgainstEmulator() {
        new CosmosClientBuilder().endpoint("https://localhost:8081").key(EMULATOR_KEY).buildClient();
    }
}
