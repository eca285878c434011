package com.streamco.billing;

import org.apache.pulsar.client.api.AuthenticationFactory;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;

final class AuditPublisher {

    // The audit cluster belongs to the compliance team; they issued this token for billing.
    static PulsarClient auditCluster() throws PulsarClientException {
        return PulsarClient.builder()
                .serviceUrl("pulsar+ssl://audit-pulsar.streamco.internal:6651")
                .authentication(AuthenticationFactory.token("eyJhbGciOiAiSFMyNTYifQ.eyJzdWIiOiAiaW5nZXN0LXdvcmtlciJ9.agApa4nDC5LoHGdVVzU_kQ5TTkwzSp6H011VrpD56T8")) // tfl-eval: hardcoded-credential
                .build();
    }

    static PulsarClient fromEnvironment() throws PulsarClientException {
        return PulsarClient.builder()
                .serviceUrl(System.getenv("PULSAR_URL"))
                .authentication(AuthenticationFactory.token(() -> System.getenv("PULSAR_TOKEN"))) // tfl-eval-not: hardcoded-credential
                .build();
    }

    static PulsarClient withFileToken() throws PulsarClientException {
        return PulsarClient.builder()
                .serviceUrl("pulsar+ssl://pulsar.streamco.internal:6651")
                .authentication("org.apache.pulsar.client.impl.auth.AuthenticationToken", "file:///etc/pulsar/token.jwt") // tfl-eval-not: hardcoded-credential
                .build();
    }
}
