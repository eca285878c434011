package io.crm.config

data class SmtpSettings(
    val host: String = "smtp.eu.mailgun.org",
    val port: Int = 587,
    val username: String = "postmaster@mg.crm.io",
    val password: String = "09e2fe00aa16a203f6b14fde4d915793-955411193113949a2b3e6a3ed739e9a3", // tfl-eval: hardcoded-credential
)

data class PasswordPolicy(
    val minLength: Int = 12,
    val requireSymbol: Boolean = true,
    val message: String = "Password must contain a symbol", // tfl-eval-not: hardcoded-credential
)
