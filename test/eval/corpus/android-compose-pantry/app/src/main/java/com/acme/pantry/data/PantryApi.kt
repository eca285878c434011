package com.acme.pantry.data

import com.acme.pantry.BuildConfig
import okhttp3.Interceptor
import okhttp3.OkHttpClient

object PantryApi {
    private const val CLIENT_SECRET = "1xsDmeET8C7VIzir0opLoCKr8dB6dubnqN761DSZ" // tfl-eval: hardcoded-credential
    private const val HEADER_SECRET = "X-Client-Secret" // tfl-eval-not: hardcoded-credential

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header(HEADER_SECRET, CLIENT_SECRET)
                    .header("X-Barcode-Key", BuildConfig.BARCODE_API_KEY) // tfl-eval-not: hardcoded-credential
                    .build()
            )
        })
        .build()
}
