package com.acme.reports.export

import com.github.kittinunf.fuel.Fuel
import com.github.kittinunf.fuel.core.extensions.authentication

object ErpExport {
    private const val BASE = "https://erp.acme.internal/api"

    fun pull(period: String): String {
        val (_, _, result) = Fuel.get("$BASE/ledger", listOf("period" to period))
            .authentication()
            .basic("reports-api", "ENagbhz2dtaxS4u8wSW7") // tfl-eval: hardcoded-credential
            .responseString()
        return result.get()
    }

    fun pullWithToken(period: String): String {
        val (_, _, result) = Fuel.get("$BASE/ledger", listOf("period" to period))
            .authentication()
            .bearer(System.getenv("ERP_TOKEN")) // tfl-eval-not: hardcoded-credential
            .responseString()
        return result.get()
    }
}
