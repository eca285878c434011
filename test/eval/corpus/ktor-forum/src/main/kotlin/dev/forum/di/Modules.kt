package dev.forum.di

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import io.r2dbc.spi.ConnectionFactories
import io.r2dbc.spi.ConnectionFactoryOptions
import io.r2dbc.spi.ConnectionFactoryOptions.DATABASE
import io.r2dbc.spi.ConnectionFactoryOptions.DRIVER
import io.r2dbc.spi.ConnectionFactoryOptions.HOST
import io.r2dbc.spi.ConnectionFactoryOptions.PASSWORD
import io.r2dbc.spi.ConnectionFactoryOptions.USER
import org.koin.dsl.module

val dataModule = module {
    single {
        HikariDataSource(HikariConfig().apply {
            jdbcUrl = System.getenv("JDBC_URL")
            username = "forum"
            password = "qTmc6WWCh7u9" // tfl-eval: hardcoded-credential
            maximumPoolSize = 10
        })
    }
    single {
        ConnectionFactories.get(
            ConnectionFactoryOptions.builder()
                .option(DRIVER, "postgresql")
                .option(HOST, System.getenv("PGHOST"))
                .option(USER, "forum_reader")
                .option(PASSWORD, "0oceqvXSiNAl") // tfl-eval: hardcoded-credential
                .option(DATABASE, "forum")
                .build()
        )
    }
}
