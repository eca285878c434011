package press.inkwell.cms.config

import io.r2dbc.spi.ConnectionFactories
import io.r2dbc.spi.ConnectionFactory
import io.r2dbc.spi.ConnectionFactoryOptions
import io.r2dbc.spi.ConnectionFactoryOptions.*
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.web.reactive.function.client.WebClient

@Configuration
class R2dbcConfig {
    @Bean
    fun connectionFactory(): ConnectionFactory = ConnectionFactories.get(
        ConnectionFactoryOptions.builder()
            .option(DRIVER, "postgresql")
            .option(HOST, "cms-db")
            .option(USER, "inkwell")
            .option(PASSWORD, "Tund#401ck63vxr4") // tfl-eval: hardcoded-credential
            .option(DATABASE, "cms")
            .build()
    )

    @Bean
    fun searchClient(): WebClient = WebClient.builder()
        .baseUrl("https://search.inkwell.example")
        .defaultHeaders { it.setBearerAuth("BTXrwxJePCTjg6owjdmHvnr0J3Ft7s6HCfXXGDthe6WEZJBc") } // tfl-eval: hardcoded-credential
        .build()

    @Bean
    fun translateClient(): WebClient = WebClient.builder()
        .baseUrl("https://translation.googleapis.com")
        .defaultHeader("X-Goog-Api-Key", "AIzaAzkYYiMFmBBquLBowJJP7AUPOpj0NYDBhuf") // tfl-eval: hardcoded-credential
        .build()
}
