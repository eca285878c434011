package com.freight.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration
public class SecurityConfig {

    @Bean
    public UserDetailsService actuatorUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("ops")
                        .password("{noop}Dxcol91%lWjf") // tfl-eval: hardcoded-credential
                        .roles("ACTUATOR")
                        .build(),
                User.withUsername("auditor")
                        .password("{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z2ZLCk5J2q1Qm8mZ3wLkq9aK") // tfl-eval-not: hardcoded-credential
                        .roles("AUDIT")
                        .build());
    }
}
