package com.acme.auth.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;

@Configuration
public class WebSecurityConfig extends WebSecurityConfigurerAdapter {

    @Override
    protected void configure(AuthenticationManagerBuilder auth) throws Exception {
        auth.inMemoryAuthentication()
            .withUser("actuator")
            .password("{noop}A5bENsDGl86IliPoU9yS") // tfl-eval: hardcoded-credential
            .roles("ACTUATOR");

        auth.ldapAuthentication()
            .userDnPatterns("uid={0},ou=people")
            .contextSource()
            .url("ldaps://ldap.corp.acme.io:636/dc=acme,dc=io")
            .managerDn("cn=auth-bind,ou=services,dc=acme,dc=io")
            .managerPassword("dv25_%IxNJZ**4Mfwu"); // tfl-eval: hardcoded-credential
    }
}
