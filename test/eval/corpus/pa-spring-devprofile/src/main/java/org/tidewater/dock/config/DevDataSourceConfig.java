package org.tidewater.dock.config;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@Profile("dev")
public class DevDataSourceConfig {

    @Bean
    public DataSource dataSource() {
        return DataSourceBuilder.create()
                .url("jdbc:postgresql://localhost:5432/dock_dev") // tfl-eval-not: hardcoded-backing-service
                .username("dock")
                .password("dock-dev-pass") // tfl-eval-not: hardcoded-credential
                .build();
    }
}
