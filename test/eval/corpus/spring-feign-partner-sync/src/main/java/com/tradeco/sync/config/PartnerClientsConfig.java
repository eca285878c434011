package com.tradeco.sync.config;

import feign.auth.BasicAuthRequestInterceptor;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class PartnerClientsConfig {

    @Bean
    public BasicAuthRequestInterceptor erpAuth() {
        return new BasicAuthRequestInterceptor("tradeco-sync", "Lq5Vz8Xn2Tw7Rb4K"); // tfl-eval: hardcoded-credential
    }

    @Bean
    public RestTemplate customsTemplate(RestTemplateBuilder builder) {
        return builder.rootUri("https://customs.partner.example/api")
            .basicAuthentication("tradeco", "Pm3Jc9Hx6Ws1Gd8N") // tfl-eval: hardcoded-credential
            .build();
    }
}
