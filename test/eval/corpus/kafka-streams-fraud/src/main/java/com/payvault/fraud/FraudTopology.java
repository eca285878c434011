package com.payvault.fraud;

import io.confluent.kafka.serializers.AbstractKafkaSchemaSerDeConfig;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

import java.util.Properties;

public final class FraudTopology {

    public static void main(String[] args) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fraud-scoring");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv("KAFKA_BOOTSTRAP"));
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        props.put(SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"QJ4XKZ7NW2MPL5RT\" password=\"xNhbDOBuM7VgRxD1HqoF1SjmTRfRzMhw5EjYhbjo84FEhN4nmfMpVr1LW2BeX7jI\";"); // tfl-eval: hardcoded-credential
        props.put(AbstractKafkaSchemaSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, "https://psrc-4xgzx.eu-central-1.aws.confluent.cloud");
        props.put(AbstractKafkaSchemaSerDeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
        props.put(AbstractKafkaSchemaSerDeConfig.USER_INFO_CONFIG, "LQ7WZ3KX2MNBV5TR:3xtvDyvmiqW7NGpNH8ytG759IDvRYqrISnnziyaHQ5lKEOZyN5PQKoCJABIBaPQi"); // tfl-eval: hardcoded-credential

        StreamsBuilder builder = new StreamsBuilder();
        new ScoringStage(builder).wire();
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        Runtime.getRuntime().addShutdownHook(new Thread(streams::close));
        streams.start();
    }
}
