package io.stockly.infra;

import com.rabbitmq.client.ConnectionFactory;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

public final class Clients {

    private Clients() {}

    public static ConnectionFactory rabbit() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(System.getenv().getOrDefault("RABBIT_HOST", "localhost"));
        factory.setUsername("stockly");
        factory.setPassword("Puqre170&5np"); // tfl-eval: hardcoded-credential
        return factory;
    }

    public static JedisPool redis() {
        String password = System.getenv("REDIS_PASSWORD"); // tfl-eval-not: hardcoded-credential
        return new JedisPool(new JedisPoolConfig(), System.getenv("REDIS_HOST"), 6379, 2000, password);
    }

    public static SqsClient sqs() {
        return SqsClient.builder()
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIA5FBXJP562K6XBUZH", "bDJHRZqk66vg4q8KG8kVvbHuEczXpU8AdeZpPN7M"))) // tfl-eval: hardcoded-credential
                .build();
    }
}
