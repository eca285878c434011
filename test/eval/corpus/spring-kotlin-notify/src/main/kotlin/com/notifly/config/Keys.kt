package com.notifly.config

object Keys {
    const val PASSWORD_FIELD = "password" // tfl-eval-not: hardcoded-credential
    const val SECRET_ENV = "NOTIFLY_SECRET" // tfl-eval-not: hardcoded-credential
    const val TOKEN_PARAM = "access_token" // tfl-eval-not: hardcoded-credential
    const val API_KEY = "AIzacS2SeYFROrgJYvFBA6rOIoewv9LJbWU36rg" // tfl-eval: hardcoded-credential

    val defaultPassword: String? = System.getenv("NOTIFLY_DEFAULT_PASSWORD") // tfl-eval-not: hardcoded-credential
    val passwordPolicy = "Passwords need 12 characters, one digit and one symbol" // tfl-eval-not: hardcoded-credential
}
