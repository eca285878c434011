package com.acme.catalog

data class AlgoliaConfig(val appId: String, val adminKey: String, val searchKey: String)

val algolia = AlgoliaConfig(
    appId = "AGEW8DIJY3",
    adminKey = "6b53ccc3b0e44fd9ef5fb42b6c033c56", // tfl-eval: hardcoded-credential
    searchKey = System.getenv("ALGOLIA_SEARCH_KEY") ?: "",
)

enum class SyncState(val label: String) {
    TOKEN_EXPIRED("token_expired"),
    PASSWORD_CHANGED("password_changed"),
}

val slackWebhook = "https://hooks.slack.com/services/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" // tfl-eval: hardcoded-credential
