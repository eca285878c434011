package com.acme.ingest.clients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class RightsClient {
    private final RestTemplate rights;
    private final RestTemplate archive;

    public RightsClient(RestTemplateBuilder builder, @Value("${rights.password}") String password) { // tfl-eval-not: hardcoded-credential
        this.rights = builder.rootUri("https://rights.acme.example").basicAuthentication("media-ingest", password).build();
        this.archive = builder.rootUri("https://archive.partner.example").basicAuthentication("acme", "jj%rt1PcZBQjnZ@a9!").build(); // tfl-eval: hardcoded-credential
    }
}
