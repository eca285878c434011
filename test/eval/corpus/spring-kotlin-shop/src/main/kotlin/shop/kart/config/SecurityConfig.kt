package shop.kart.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.core.userdetails.User
import org.springframework.security.provisioning.InMemoryUserDetailsManager

@Configuration
class SecurityConfig {
    @Bean
    fun users(): InMemoryUserDetailsManager {
        val actuator = User.withUsername("actuator")
            .password("{noop}Cacw%4482ahs16") // tfl-eval: hardcoded-credential
            .roles("ACTUATOR")
            .build()
        val admin = User.withUsername("admin")
            .password("{bcrypt}$2a$10$vaxaoD4CGizV8PZ1gjC8qGvD5MQOKq4IFiOsOxM85ywMy5TCycAQZ") // tfl-eval-not: hardcoded-credential
            .roles("ADMIN")
            .build()
        return InMemoryUserDetailsManager(actuator, admin)
    }
}
