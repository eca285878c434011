package com.acme.settlement.config;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class DataSources {
    @Bean
    @Primary
    DataSource settlement(org.springframework.core.env.Environment env) {
        return DataSourceBuilder.create()
            .url(env.getProperty("settlement.db.url"))
            .username(env.getProperty("settlement.db.user"))
            .password(env.getProperty("settlement.db.password")) // tfl-eval-not: hardcoded-credential
            .build();
    }

    @Bean
    DataSource clearingHouse() {
        return DataSourceBuilder.create()
            .url("jdbc:sqlserver://clearing.partner.example:1433;databaseName=clearing")
            .username("acme_settlement")
            .password("PdE#K88l0X8%sn-2Qd") // tfl-eval: hardcoded-credential
            .build();
    }
}
