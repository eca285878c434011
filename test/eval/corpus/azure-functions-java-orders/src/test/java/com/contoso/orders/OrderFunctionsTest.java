package com.contoso.orders;

import com.azure.cosmos.CosmosClientBuilder;
import org.junit.jupiter.api.Test;

class OrderFunctionsTest {
    // The Cosmos DB emulator's published key.
    private static final String EMULATOR_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    @Test
    void createsOrderAgainstEmulator() {
        new CosmosClientBuilder().endpoint("https://localhost:8081").key(EMULATOR_KEY).buildClient();
    }
}
