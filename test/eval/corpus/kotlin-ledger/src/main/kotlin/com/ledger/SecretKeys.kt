package com.ledger

object SecretKeys {
    const val KeyJwtSecret = "jwt_secret" // tfl-eval-not: hardcoded-credential
    const val FIELD_CLIENT_SECRET = "client_secret" // tfl-eval-not: hardcoded-credential
    const val KEY_DB_PASSWORD = "db_password"
}

fun jwtSecret(data: Map<String, String>): String? = data[SecretKeys.KeyJwtSecret]
