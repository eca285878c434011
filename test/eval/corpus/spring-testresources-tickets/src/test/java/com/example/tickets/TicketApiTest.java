package com.example.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TicketApiTest {
    private static final String AGENT_PASSWORD = "agent-pass-1234";

    @Autowired
    TestRestTemplate rest;

    @Test
    void agentCanListTickets() {
        var response = rest.withBasicAuth("agent@example.com", AGENT_PASSWORD).getForEntity("/api/tickets", String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
    }
}
