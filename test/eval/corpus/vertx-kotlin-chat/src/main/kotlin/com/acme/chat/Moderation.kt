package com.acme.chat

import io.vertx.core.json.JsonObject
import io.vertx.ext.web.client.WebClient

private const val PERSPECTIVE_URL = "https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze"
private const val PERSPECTIVE_API_KEY = "AIza_MbtRVmcBGJE64ctdwYoyCz2tLEk-XT8eh_" // tfl-eval: hardcoded-credential

/** Words that end a message before it reaches the model. */
val bannedTokens = setOf("spam", "scam", "free-crypto") // tfl-eval-not: hardcoded-credential

class Moderation(private val client: WebClient) {
    suspend fun toxicity(text: String): Double {
        val body = JsonObject().put("comment", JsonObject().put("text", text)).put("requestedAttributes", JsonObject().put("TOXICITY", JsonObject()))
        val response = client.postAbs("$PERSPECTIVE_URL?key=$PERSPECTIVE_API_KEY").sendJsonObject(body).await()
        return response.bodyAsJsonObject().getJsonObject("attributeScores").getJsonObject("TOXICITY").getJsonObject("summaryScore").getDouble("value")
    }
}