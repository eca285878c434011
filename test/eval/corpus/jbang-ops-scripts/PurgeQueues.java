///usr/bin/env jbang "$0" "$@" ; exit $?
//DEPS com.rabbitmq:amqp-client:5.21.0

import com.rabbitmq.client.ConnectionFactory;

public class PurgeQueues {

    public static void main(String... args) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(System.getenv().getOrDefault("RABBIT_HOST", "localhost"));
        factory.setUsername("ops");
        factory.setPassword("Pebble$51saffron51"); // tfl-eval: hardcoded-credential
        try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
            for (String queue : args) {
                channel.queuePurge(queue);
            }
        }
    }
}