package com.acme.vault

object Settings {
    val jwtSecret: String = System.getenv("JWT_SECRET") ?: "488db3a3365d46531d1d3d18d51f244d" // tfl-eval: hardcoded-credential
    val dbPassword = System.getenv("DB_PASSWORD") ?: "81a9ff636162d2e7" // tfl-eval: hardcoded-credential
    val port = System.getenv("PORT")?.toInt() ?: 8080 // tfl-eval-not: hardcoded-credential
    val logLevel = System.getenv("LOG_LEVEL") ?: "INFO" // tfl-eval-not: hardcoded-credential
    val apiKey: String? = System.getenv("API_KEY") // tfl-eval-not: hardcoded-credential
    val authScheme = System.getenv("AUTH_SCHEME") ?: "Bearer" // tfl-eval-not: hardcoded-credential
    const val ADMIN_PIN = "591730" // tfl-eval: hardcoded-credential
    const val PIN_LENGTH = 6 // tfl-eval-not: hardcoded-credential
    const val MAX_PIN_ATTEMPTS = 3 // tfl-eval-not: hardcoded-credential
}
