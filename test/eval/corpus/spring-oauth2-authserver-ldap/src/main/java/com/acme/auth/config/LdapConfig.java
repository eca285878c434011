package com.acme.auth.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {

    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://ldap.corp.acme.io:636");
        source.setBase("dc=acme,dc=io");
        source.setUserDn("cn=directory-sync,ou=services,dc=acme,dc=io");
        source.setPassword("ofBDiiK9upKyUfP8hiGUb4"); // tfl-eval: hardcoded-credential
        return source;
    }

    @Bean
    public LdapContextSource readOnlySource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl(System.getenv("LDAP_URL"));
        source.setPassword(System.getenv("LDAP_PASSWORD")); // tfl-eval-not: hardcoded-credential
        return source;
    }
}
