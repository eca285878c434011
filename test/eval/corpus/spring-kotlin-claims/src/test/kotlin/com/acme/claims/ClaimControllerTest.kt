package com.acme.claims

import com.acme.claims.security.JwtService
import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.security.test.context.support.WithMockUser
import org.springframework.test.context.ActiveProfiles
import org.springframework.test.web.servlet.MockMvc
import org.springframework.test.web.servlet.get
import org.testcontainers.containers.PostgreSQLContainer

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClaimControllerTest(@Autowired val mvc: MockMvc) {

    companion object {
        val postgres = PostgreSQLContainer("postgres:16").withUsername("test").withPassword("test")
        private const val SIGNING_SECRET = "test-secret-test-secret-test-secret-42"
    }

    @Test
    @WithMockUser(username = "adjuster", password = "pw", roles = ["ADJUSTER"])
    fun `unknown claim is 404`() {
        mvc.get("/api/claims/00000000-0000-0000-0000-000000000000").andExpect { status { isNotFound() } }
    }

    @Test
    fun `token without roles is rejected`() {
        val token = JwtService(SIGNING_SECRET, "test").issue("nobody", emptyList())
        mvc.get("/api/claims") { header(JwtService.HEADER_STRING, JwtService.TOKEN_PREFIX + token) }
            .andExpect { status { isForbidden() } }
    }
}
