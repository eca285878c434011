package com.acme.partners;

import feign.RequestInterceptor;
import feign.auth.BasicAuthRequestInterceptor;
import org.springframework.context.annotation.Bean;

public class PartnerClientConfig {

    @Bean
    public RequestInterceptor partnerKey() {
        return template -> template.header("X-Partner-Key", "6545c12821e583ffc120192a718e143d"); // tfl-eval: hardcoded-credential
    }

    @Bean
    public BasicAuthRequestInterceptor legacyAuth() {
        return new BasicAuthRequestInterceptor("partner-gw", "Saffron#41orchid00"); // tfl-eval: hardcoded-credential
    }
}