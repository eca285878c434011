package org.example.rentals

object Fixtures {
    const val ADMIN_PASSWORD = "fixture-admin-passw0rd" // tfl-eval-not: hardcoded-credential
    val landlord = Landlord(id = 1, email = "landlord@example.test")
}
