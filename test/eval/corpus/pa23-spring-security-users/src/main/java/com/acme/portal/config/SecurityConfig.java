package com.acme.portal.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration
public class SecurityConfig {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public UserDetailsService users(PasswordEncoder passwordEncoder) {
        return new InMemoryUserDetailsManager(
            User.withUsername("admin").password(passwordEncoder.encode("admin")).roles("ADMIN").build(), // tfl-eval-not: hardcoded-credential
            User.withUsername("user").password(passwordEncoder.encode("password")).roles("USER").build(), // tfl-eval-not: hardcoded-credential
            User.withUsername("actuator").password(passwordEncoder.encode("P0apMjz6lvv355CTL91x5HXM")).roles("OPS").build() // tfl-eval: hardcoded-credential
        );
    }
}
