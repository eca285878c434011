package com.contoso.orders;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;

import java.util.Optional;

public class OrderFunctions {

    private static final CosmosClient COSMOS = new CosmosClientBuilder()
            .endpoint(System.getenv("CosmosEndpoint"))
            .key(System.getenv("CosmosKey")) // tfl-eval-not: hardcoded-credential
            .buildClient();

    // Shipping notifications go to the partner namespace; they gave us a send-only rule.
    private static final ServiceBusSenderClient PARTNER = new ServiceBusClientBuilder()
            .connectionString("Endpoint=sb://fabrikam-shipping.servicebus.windows.net/;SharedAccessKeyName=contoso-send;SharedAccessKey=abp9wiGbQ40r3IkP9TXei1Qle8lirGXBvGwFLzLEwkw=") // tfl-eval: hardcoded-credential
            .sender()
            .queueName("shipments")
            .buildClient();

    @FunctionName("CreateOrder")
    public HttpResponseMessage create(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<String>> request,
            final ExecutionContext context) {
        String body = request.getBody().orElse("");
        COSMOS.getDatabase("orders").getContainer("orders").createItem(Order.parse(body));
        return request.createResponseBuilder(HttpStatus.CREATED).build();
    }

    @FunctionName("ShipOrder")
    public void ship(
            @ServiceBusQueueTrigger(name = "message", queueName = "%OrdersQueue%", connection = "ServiceBusConnection") String message, // tfl-eval-not: hardcoded-credential
            final ExecutionContext context) {
        PARTNER.sendMessage(new ServiceBusMessage(message));
        context.getLogger().info("Forwarded order to shipping");
    }
}
