package org.donate.pay;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class GatewayConfig {

    @Bean
    @Profile("prod")
    public BraintreeGateway braintreeGateway(
            @Value("${braintree.merchant-id}") String merchantId,
            @Value("${braintree.public-key}") String publicKey,
            @Value("${braintree.private-key}") String privateKey) {
        return new BraintreeGateway(Environment.PRODUCTION, merchantId, publicKey, privateKey);
    }

    @Bean
    @Profile("staging")
    public BraintreeGateway stagingGateway() {
        return new BraintreeGateway(Environment.SANDBOX, "q7wx3mz9kd2hpt5v", "bk4ncz8rj2tx6mwq",
                "4f9c2a7e81b35d06c9e4f1a8b27d3c50"); // tfl-eval: hardcoded-credential
    }
}
