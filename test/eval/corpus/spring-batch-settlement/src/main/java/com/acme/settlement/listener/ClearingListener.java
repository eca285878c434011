package com.acme.settlement.listener;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class ClearingListener {
    @KafkaListener(topics = "clearing.results", groupId = "settlement",
        properties = {
            "security.protocol=SASL_SSL",
            "sasl.mechanism=PLAIN",
            "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"settlement\" password=\"lYLq6ht2kCx42kJA7nkvUfuh\";" // tfl-eval: hardcoded-credential
        })
    public void onResult(String payload) {
        // settle
    }
}
