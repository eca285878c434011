package com.contoso.catalog

import com.azure.ai.openai.OpenAIClientBuilder
import com.azure.core.credential.AzureKeyCredential
import com.azure.messaging.eventhubs.EventHubClientBuilder
import com.azure.storage.blob.BlobServiceClientBuilder
import com.azure.storage.common.StorageSharedKeyCredential
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class Clients {

    @Bean
    fun openAi(@Value("\${catalog.openai.endpoint}") endpoint: String, @Value("\${catalog.openai.api-key}") apiKey: String) =
        OpenAIClientBuilder().endpoint(endpoint).credential(AzureKeyCredential(apiKey)).buildClient()

    // Product-change events go to the search team's hub; connection string from their portal.
    @Bean
    fun productEvents() = EventHubClientBuilder()
        .connectionString("Endpoint=sb://contoso-search.servicebus.windows.net/;SharedAccessKeyName=catalog-send;SharedAccessKey=elStr/q0aYPDoy05O3K1yb9gqkV0Fw62/Yjna1JBfLQ=;EntityPath=product-changes") // tfl-eval: hardcoded-credential
        .buildProducerClient()

    // Legacy CDN origin account, still shared-key only.
    @Bean
    fun cdnOrigin() = BlobServiceClientBuilder()
        .endpoint("https://contosocdnorigin.blob.core.windows.net")
        .credential(StorageSharedKeyCredential("contosocdnorigin", "bLIkNjoHP8ctlyo83GIpfBZ3bkeTH+wW3JvOD4CFZSL0paI9uThXkGSkmwzVNU3tWPwtxNOXA0RJbVkPaRm8wA==")) // tfl-eval: hardcoded-credential
        .buildClient()

    @Bean
    fun translator() = com.azure.ai.translation.text.TextTranslationClientBuilder()
        .credential(AzureKeyCredential("72ec4795853cd3eddadf878a02a2a65a")) // tfl-eval: hardcoded-credential
        .region("westeurope")
        .buildClient()
}
