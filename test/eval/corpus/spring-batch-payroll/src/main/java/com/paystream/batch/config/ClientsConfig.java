package com.paystream.batch.config;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.client.RestTemplate;

@Configuration
public class ClientsConfig {

    @Bean
    public RestTemplate taxAuthority(RestTemplateBuilder builder) {
        return builder
                .rootUri("https://tax-filing.gov.example/api")
                .basicAuthentication("paystream", "Cidf#192ahv9nwqo") // tfl-eval: hardcoded-credential
                .build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    public RestTemplate bank(RestTemplateBuilder builder) {
        return builder
                .rootUri(System.getenv("BANK_API_URL"))
                .defaultHeader("Authorization", "Bearer " + System.getenv("BANK_TOKEN")) // tfl-eval-not: hardcoded-credential
                .build();
    }
}
