package io.dispatchly.config

import org.springframework.boot.context.properties.ConfigurationProperties
import java.time.Duration

@ConfigurationProperties("dispatch.routing")
class RoutingProperties {
    var baseUrl: String = "https://api.openrouteservice.org"
    var apiKey: String = "2c092af7cde8b4623ed35087753605eff5e9dd3c851c3944f86f7982" // tfl-eval: hardcoded-credential
    var timeout: Duration = Duration.ofSeconds(10)
    var passwordPolicy: String = "strong" // tfl-eval-not: hardcoded-credential
}
