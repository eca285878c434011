package org.library.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class WebSecurityConfig {

    public static final String TOKEN_HEADER = "X-Auth-Token"; // tfl-eval-not: hardcoded-credential
    public static final String PASSWORD_PATTERN = "^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{12,}$"; // tfl-eval-not: hardcoded-credential
    public static final String RESET_TOKEN_EXPIRED = "reset.token.expired"; // tfl-eval-not: hardcoded-credential

    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .passwordParameter("password")) // tfl-eval-not: hardcoded-credential
            .rememberMe(remember -> remember
                .key("wyzdx4HXLumLH2gEu6LcqoNEugWXWfiy") // tfl-eval: hardcoded-credential
                .tokenValiditySeconds(1209600));
        return http.build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }
}
