package com.medirx.pharmacy.core;

import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

public final class Kafka {

    private Kafka() {}

    public static Properties producerProps() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, System.getenv("KAFKA_BOOTSTRAP"));
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        props.put(SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"2NT4KRUIZA3X2NNE\" password=\"tfmWZC7Wx0zjZH1V8j21eUmenEulJ3dhpAFcwtoNYSGtxDeQ9E34xszqUrcwqOQW\";"); // tfl-eval: hardcoded-credential
        return props;
    }

    public static final String PASSWORD_CHANGED_TOPIC = "pharmacy.password-changed"; // tfl-eval-not: hardcoded-credential
}
