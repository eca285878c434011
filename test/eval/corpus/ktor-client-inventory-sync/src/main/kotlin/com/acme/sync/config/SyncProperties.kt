package com.acme.sync.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "sync.ftp")
data class FtpProperties(
    val host: String = "ftp.supplier.example",
    val username: String = "acme",
    val password: String = "0QoD!1@Gluki0eRD", // tfl-eval: hardcoded-credential
    val passive: Boolean = true,
)

@ConfigurationProperties(prefix = "sync.marketplace")
data class MarketplaceProperties(
    val baseUrl: String = "https://api.marketplace.example",
    val clientSecret: String = "", // tfl-eval-not: hardcoded-credential
)
