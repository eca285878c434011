package com.acme.assistant;

import java.util.Base64;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class ZendeskTools {

    private static final String SUBDOMAIN = "acme-support";
    private static final String AGENT_EMAIL = "assistant@acme.example";
    private static final String API_TOKEN = "FxwkVh0ZiAq1s06se1i76J5UxlmfJROZGsFGcwTE"; // tfl-eval: hardcoded-credential

    private final RestClient rest = RestClient.builder()
            .baseUrl("https://" + SUBDOMAIN + ".zendesk.com/api/v2")
            .defaultHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((AGENT_EMAIL + "/token:" + API_TOKEN).getBytes()))
            .build();

    @Tool(description = "Look up a support ticket by its number")
    public String ticket(long id) {
        return rest.get().uri("/tickets/{id}.json", id).retrieve().body(String.class);
    }
}