package org.acme.vets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class OwnerControllerTests {
    private static final String WEAK_PASSWORD = "short";
    private static final String GOOD_PASSWORD = "longer-passw0rd";

    @Autowired
    MockMvc mvc;

    @Test
    void rejectsAWeakPassword() throws Exception {
        mvc.perform(post("/api/owners/1/portal-password").param("password", WEAK_PASSWORD)).andExpect(status().isBadRequest());
    }

    @Test
    void acceptsAGoodPassword() throws Exception {
        mvc.perform(post("/api/owners/1/portal-password").param("password", GOOD_PASSWORD)).andExpect(status().isNoContent());
    }
}
