package io.acme.ops

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService
import org.springframework.security.core.userdetails.User
import org.springframework.security.crypto.factory.PasswordEncoderFactories

@Configuration
class SecurityConfig {
    private val encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder()

    @Bean
    fun users(): MapReactiveUserDetailsService {
        val ops = User.withUsername("ops")
            .password(encoder.encode("JPS7eV9gjBGXuuT7YLTq")) // tfl-eval: hardcoded-credential
            .roles("OPS")
            .build()
        val viewer = User.withDefaultPasswordEncoder()
            .username("viewer")
            .password("ukTNBi2LQuRYJ4KR23") // tfl-eval: hardcoded-credential
            .roles("VIEWER")
            .build()
        val sre = User.withUsername("sre")
            .password(encoder.encode(System.getenv("SRE_PASSWORD"))) // tfl-eval-not: hardcoded-credential
            .roles("OPS")
            .build()
        return MapReactiveUserDetailsService(ops, viewer, sre)
    }
}
