package org.members.portal.security

import javax.crypto.spec.SecretKeySpec
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.core.userdetails.User
import org.springframework.security.provisioning.InMemoryUserDetailsManager
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder

@Configuration
class SecurityConfig {

    @Bean
    fun jwtDecoder(): NimbusJwtDecoder =
        NimbusJwtDecoder.withSecretKey(SecretKeySpec("QtNxNoAXLT4UMlbt2fWttJ9JgGTbuYDRPfXxnLecHvo3iPUU".toByteArray(), "HmacSHA256")).build() // tfl-eval: hardcoded-credential

    @Bean
    fun actuatorUsers() = InMemoryUserDetailsManager(
        User.withUsername("actuator")
            .password("{noop}fAoL9sztZQe*b4Ufa+") // tfl-eval: hardcoded-credential
            .roles("ACTUATOR")
            .build(),
        User.withUsername("viewer")
            .password("{bcrypt}\$2a\$10\$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG") // tfl-eval-not: hardcoded-credential
            .roles("VIEWER")
            .build(),
    )
}
