package com.payvault.fraud;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

final class ScoringStage {

    private static final String CARD_FINGERPRINT_PEPPER = "l5ABYdQOKzmxJrjbaPLBXxSUas7NMKZC"; // tfl-eval: hardcoded-credential
    private static final String SCORES_TOPIC = "fraud.scores";
    private static final String PAYMENTS_TOPIC = "payments.authorised";

    private final StreamsBuilder builder;

    ScoringStage(StreamsBuilder builder) {
        this.builder = builder;
    }

    void wire() {
        KStream<String, Payment> payments = builder.stream(PAYMENTS_TOPIC);
        payments.mapValues(payment -> new Score(fingerprint(payment.pan()), payment.amount()))
                .to(SCORES_TOPIC);
    }

    static String fingerprint(String pan) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CARD_FINGERPRINT_PEPPER.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(pan.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
