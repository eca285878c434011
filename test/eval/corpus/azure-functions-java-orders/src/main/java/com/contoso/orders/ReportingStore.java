package com.contoso.orders;

import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;

final class ReportingStore {

    private static final String TENANT_ID = "4f0c2d1e-8b7a-4c3d-9e2f-1a0b9c8d7e6f";
    private static final String CLIENT_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

    static CosmosClient analytics() {
        // The analytics account lives in Fabrikam's tenant; their app registration, not our managed identity.
        ClientSecretCredential credential = new ClientSecretCredentialBuilder()
                .tenantId(TENANT_ID)
                .clientId(CLIENT_ID)
                .clientSecret("tiE8Q~udLfaigXhVWCcnnt-WvQT-S6MRZLf_Pv-m") // tfl-eval: hardcoded-credential
                .build();
        return new CosmosClientBuilder()
                .endpoint("https://fabrikam-analytics.documents.azure.com:443/")
                .credential(credential)
                .buildClient();
    }

    static CosmosClient archive() {
        return new CosmosClientBuilder()
                .endpoint("https://contoso-archive.documents.azure.com:443/")
                .key("CxlqlZiF2YlTdTl+BH8ObDBksABZtaCJdBlyk4JfpMW1mzFCrVdsbeyBmPAjtCNhmFetYoL7k6LJcVLxujGcBQ==") // tfl-eval: hardcoded-credential
                .buildClient();
    }

    static CosmosClient primary() {
        return new CosmosClientBuilder()
                .endpoint(System.getenv("CosmosEndpoint"))
                .credential(new DefaultAzureCredentialBuilder().build())
                .buildClient();
    }
}
