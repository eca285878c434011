package com.acme.auth.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.config.annotation.configurers.ClientDetailsServiceConfigurer;
import org.springframework.security.oauth2.config.annotation.web.configuration.AuthorizationServerConfigurerAdapter;
import org.springframework.security.oauth2.config.annotation.web.configuration.EnableAuthorizationServer;
import org.springframework.security.oauth2.provider.token.store.JwtAccessTokenConverter;

@Configuration
@EnableAuthorizationServer
public class AuthorizationServerConfig extends AuthorizationServerConfigurerAdapter {

    private final PasswordEncoder passwordEncoder;

    public AuthorizationServerConfig(PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void configure(ClientDetailsServiceConfigurer clients) throws Exception {
        clients.inMemory()
            .withClient("portal-web")
            .secret(passwordEncoder.encode("kcDHc81dqqIZh6IrX1WVexN9")) // tfl-eval: hardcoded-credential
            .authorizedGrantTypes("authorization_code", "refresh_token")
            .scopes("read", "write")
            .and()
            .withClient("billing-service")
            .secret("{noop}TQGDwOiryxQD0mniC2KqzOpqYqOL") // tfl-eval: hardcoded-credential
            .authorizedGrantTypes("client_credentials")
            .and()
            .withClient("legacy-batch")
            .secret("{bcrypt}$2a$10$NCCdtdsV2TNkpCWUpHXAFPVTNHILLl4XGDlg1YFZu411kQ7wKB2og") // tfl-eval-not: hardcoded-credential
            .authorizedGrantTypes("client_credentials");
    }

    @Bean
    public JwtAccessTokenConverter accessTokenConverter() {
        JwtAccessTokenConverter converter = new JwtAccessTokenConverter();
        converter.setSigningKey("E4A2ApHahWNQsI5LM386Ug4XIPn56uzD"); // tfl-eval: hardcoded-credential
        return converter;
    }
}
