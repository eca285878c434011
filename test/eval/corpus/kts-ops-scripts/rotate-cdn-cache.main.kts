#!/usr/bin/env kotlin
@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")

import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

val zoneId = args.getOrNull(0) ?: error("usage: rotate-cdn-cache.main.kts <zone>")
val apiToken = System.getenv("CF_API_TOKEN") ?: "zjrImI4O0hZAr4UYp0cpUFTSfnUzMDT4xHnBuODD" // tfl-eval: hardcoded-credential

val request = Request.Builder()
    .url("https://api.cloudflare.com/client/v4/zones/$zoneId/purge_cache")
    .header("Authorization", "Bearer $apiToken") // tfl-eval-not: hardcoded-credential
    .post("""{"purge_everything":true}""".toRequestBody())
    .build()

OkHttpClient().newCall(request).execute().use { println(it.code) }