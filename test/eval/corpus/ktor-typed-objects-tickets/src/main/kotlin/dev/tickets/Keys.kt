package dev.tickets

object Jwt {
    const val ISSUER = "tickets"
    const val KEY = "utI1upEsDoEm4LK6eUGtzvuOoDmIgdAm" // tfl-eval: hardcoded-credential
}

object Signing {
    val key: String = "oi5fAKqjJ2QTeW12rFqsXRqjVariHGZy" // tfl-eval: hardcoded-credential
}

object Sort {
    const val KEY = "created_at" // tfl-eval-not: hardcoded-credential
}

object Session {
    const val KEY = "tickets_session" // tfl-eval-not: hardcoded-credential
}

object Encryption {
    val key: String = System.getenv("TICKETS_ENCRYPTION_KEY") ?: error("TICKETS_ENCRYPTION_KEY is not set") // tfl-eval-not: hardcoded-credential
}
