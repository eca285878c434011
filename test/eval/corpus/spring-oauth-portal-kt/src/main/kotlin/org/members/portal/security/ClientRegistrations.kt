package org.members.portal.security

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider
import org.springframework.security.oauth2.client.registration.ClientRegistration
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository

@Configuration
class ClientRegistrations {

    @Bean
    fun clientRegistrationRepository() = InMemoryClientRegistrationRepository(github(), keycloak())

    private fun github(): ClientRegistration =
        CommonOAuth2Provider.GITHUB.getBuilder("github")
            .clientId("Iv1.1e2497893fa943f2")
            .clientSecret("ee0ca2e8cd5f2f7db77650e5f6fb60215a7af716") // tfl-eval: hardcoded-credential
            .build()

    private fun keycloak(): ClientRegistration =
        ClientRegistration.withRegistrationId("keycloak")
            .clientId("members-portal")
            .clientSecret(System.getenv("KEYCLOAK_CLIENT_SECRET")) // tfl-eval-not: hardcoded-credential
            .authorizationUri("https://sso.members.example/realms/members/protocol/openid-connect/auth")
            .tokenUri("https://sso.members.example/realms/members/protocol/openid-connect/token")
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .build()
}
