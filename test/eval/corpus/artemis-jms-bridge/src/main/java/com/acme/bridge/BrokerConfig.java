package com.acme.bridge;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BrokerConfig {

    @Value("${bridge.broker-url}")
    private String brokerUrl;

    @Bean
    public ConnectionFactory legacyBroker() {
        return new ActiveMQConnectionFactory(brokerUrl, "bridge", "Meadow$48meadow15"); // tfl-eval: hardcoded-credential
    }
}