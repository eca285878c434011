package fr.boutique.config;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

@Component
public class EntrepotClient {

    private static final String IDENTIFIANT = "boutique-api";
    private static final String MOT_DE_PASSE = "ZzfKWGzpuvk9pHvz"; // tfl-eval: hardcoded-credential

    private final RestTemplate rest;

    public EntrepotClient(RestTemplateBuilder builder) {
        this.rest = builder.basicAuthentication(IDENTIFIANT, MOT_DE_PASSE).build();
    }

    public boolean verifier(String motDePasse) {
        return motDePasse != null && motDePasse.length() >= 12; // tfl-eval-not: hardcoded-credential
    }
}
