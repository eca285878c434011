package com.example.crm.security;

import com.example.crm.views.login.LoginView;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@EnableWebSecurity
@Configuration
public class SecurityConfig extends VaadinWebSecurity {

    private static final String REMEMBER_ME_COOKIE = "crm-remember-me"; // tfl-eval-not: hardcoded-credential
    private static final String LOGIN_PROCESSING_URL = "/login";

    @Value("${crm.security.remember-me-key}")
    private String rememberMeKey; // tfl-eval-not: hardcoded-credential

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.rememberMe(remember -> remember.key(rememberMeKey).rememberMeCookieName(REMEMBER_ME_COOKIE));
        super.configure(http);
        setLoginView(http, LoginView.class);
    }

    @Bean
    public UserDetailsService users() {
        UserDetails user = User.builder()
                .username("user")
                .password("{noop}userpass") // tfl-eval: hardcoded-credential
                .roles("USER")
                .build();
        UserDetails admin = User.builder()
                .username("admin")
                .password("{bcrypt}$2a$10$eNNAn9CWTk2.BtO5K7MRmcunAt32Q76qX6SzyWcjwjWLqdpB0MBA5") // tfl-eval-not: hardcoded-credential
                .roles("USER", "ADMIN")
                .build();
        return new InMemoryUserDetailsManager(user, admin);
    }
}
