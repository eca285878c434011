package app.wallet.security

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.core.userdetails.User
import org.springframework.security.provisioning.InMemoryUserDetailsManager

@Configuration
class SecurityConfig {

    @Bean
    fun users(): InMemoryUserDetailsManager {
        val ops = User.withUsername("ops")
            .password("{noop}Zgvyt1t-uSYn") // tfl-eval: hardcoded-credential
            .roles("OPS")
            .build()
        val actuator = User.withUsername("actuator")
            .password("{bcrypt}\$2a\$10\$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG") // tfl-eval-not: hardcoded-credential
            .roles("ACTUATOR")
            .build()
        return InMemoryUserDetailsManager(ops, actuator)
    }
}
