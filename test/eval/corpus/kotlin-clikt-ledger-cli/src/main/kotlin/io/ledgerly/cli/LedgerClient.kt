package io.ledgerly.cli

import okhttp3.OkHttpClient
import okhttp3.Request

class LedgerClient(private val baseUrl: String, private val token: String) {
    private val http = OkHttpClient()

    fun syncAll(pageSize: Int) {
        var page = 1
        while (true) {
            val request = Request.Builder()
                .url("$baseUrl/entries?page=$page&per_page=$pageSize")
                .header("Authorization", "Bearer $token")
                .build()
            http.newCall(request).execute().use { response ->
                if (!response.isSuccessful || response.body?.contentLength() == 0L) return
            }
            page++
        }
    }
}
