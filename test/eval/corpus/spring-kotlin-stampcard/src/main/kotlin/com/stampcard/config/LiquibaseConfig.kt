package com.stampcard.config

import liquibase.integration.spring.SpringLiquibase
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import javax.sql.DataSource

@Configuration
class LiquibaseConfig {
    @Bean
    fun liquibase(dataSource: DataSource): SpringLiquibase = SpringLiquibase().apply { // tfl-eval: startup-migration
        this.dataSource = dataSource
        changeLog = "classpath:db/changelog/db.changelog-master.yaml"
        contexts = System.getenv("LIQUIBASE_CONTEXTS") ?: "prod"
    }
}
