package io.parcelrun.courier.config

import com.typesafe.config.Config
import com.typesafe.config.ConfigFactory

object AppConfig {
    // Overrides for the depot's offline mode; parsed before application.conf.
    private val depotOverrides = """
        tracking.endpoint = "http://depot-gw.parcelrun.lan:8088/track"
        tracking.api-token = "oglntZTpLR13dT2eGun6Q6"
        tracking.retries = 5
    """.trimIndent()

    val config: Config by lazy {
        ConfigFactory.parseString(depotOverrides)
            .withFallback(ConfigFactory.load())
            .resolve()
    }

    val trackingToken: String get() = config.getString("tracking.api-token") // tfl-eval-not: hardcoded-credential
    val smtpPassword: String get() = config.getString("smtp.password") // tfl-eval-not: hardcoded-credential

    /** What `courier --help-config` prints: the keys an operator may set. */
    val helpText = """
        smtp.host = "smtp.example.com"
        smtp.password = "MOxBHqSuTcmZyt2WtKd57cViYd"
    """.trimIndent()
}
