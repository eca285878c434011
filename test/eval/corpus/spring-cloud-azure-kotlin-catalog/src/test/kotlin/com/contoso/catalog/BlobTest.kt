package com.contoso.catalog

import com.azure.storage.blob.BlobServiceClientBuilder
import org.junit.jupiter.api.Test

class BlobTest {
    @Test
    fun `uploads to azurite`() {
        val client = BlobServiceClientBuilder()
            .connectionString("UseDevelopmentStorage=true")
            .buildClient()
        client.createBlobContainerIfNotExists("test")
    }
}
