package com.fleetyard.reports

import io.micronaut.context.annotation.Value
import jakarta.inject.Singleton
import java.sql.DriverManager

@Singleton
class FuelCardClient(
    @Value("\${fuelcard.api-key:QVFgseQhw89VQttxxpDKEdFHYOiiGQvz}") private val apiKey: String, // tfl-eval: hardcoded-credential
    @Value("\${fuelcard.base-url:https://api.fuelcards.example.com}") private val baseUrl: String,
    @Value("\${fuelcard.client-secret}") private val clientSecret: String, // tfl-eval-not: hardcoded-credential
) {
    fun ledgerConnection(host: String) =
        DriverManager.getConnection("jdbc:postgresql://" + host + "/fuel?user=fuel_ro&password=N9kyeUOVzfBP") // tfl-eval: hardcoded-credential

    fun ledgerConnectionFromEnv(host: String) =
        DriverManager.getConnection("jdbc:postgresql://$host/fuel?user=fuel_ro&password=${System.getenv("FUEL_DB_PASSWORD")}") // tfl-eval-not: hardcoded-credential
}
