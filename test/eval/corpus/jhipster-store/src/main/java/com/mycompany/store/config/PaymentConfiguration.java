package com.mycompany.store.config;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentConfiguration {

    private static final String MERCHANT_ID = "k9v4n2q8w3x7z5m1";

    @Value("${application.braintree.public-key}")
    private String publicKey; // tfl-eval-not: hardcoded-credential

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(Environment.PRODUCTION, MERCHANT_ID, publicKey, "473877666c1b6753b3c9202d5b3df5ae"); // tfl-eval: hardcoded-credential
    }
}
