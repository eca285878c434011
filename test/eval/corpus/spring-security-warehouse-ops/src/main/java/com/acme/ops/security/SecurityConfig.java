package com.acme.ops.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration
public class SecurityConfig {
    @Bean
    InMemoryUserDetailsManager users() {
        UserDetails ops = User.withUsername("ops")
            .password("{noop}JLzb+g2wOKveRjK##N") // tfl-eval: hardcoded-credential
            .roles("OPS")
            .build();
        UserDetails auditor = User.withUsername("auditor")
            .password("{bcrypt}$2a$10$" + "CRQFiN5gL4gHn1iNIUAp8QI90Qf0b8NJ9WUrzahNhAqKpoH8v7Zfk") // tfl-eval-not: hardcoded-credential
            .roles("AUDIT")
            .build();
        UserDetails kiosk = User.withDefaultPasswordEncoder()
            .username("kiosk")
            .password("II0DS6*gEz@Ftffi") // tfl-eval: hardcoded-credential
            .roles("KIOSK")
            .build();
        return new InMemoryUserDetailsManager(ops, auditor, kiosk);
    }
}
