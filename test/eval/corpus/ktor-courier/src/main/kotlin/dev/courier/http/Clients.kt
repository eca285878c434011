package dev.courier.http

import okhttp3.Credentials
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit

private const val GEOCODER_KEY = "DReGVyirPqmu3lRNwxFYWr7rirBLwYvg" // tfl-eval: hardcoded-credential

class ApiKeyInterceptor(private val apiKey: String) : Interceptor {
    override fun intercept(chain: Interceptor.Chain) = chain.proceed(
        chain.request().newBuilder().header("X-Api-Key", apiKey).build()
    )
}

fun routingClient(): OkHttpClient = OkHttpClient.Builder()
    .addInterceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer 1toemOs7LuufUDmLFhsaTLtq4a7n8Um7") // tfl-eval: hardcoded-credential
                .build()
        )
    }
    .build()

fun legacyTracking(): OkHttpClient = OkHttpClient.Builder()
    .authenticator { _, response ->
        response.request.newBuilder()
            .header("Authorization", Credentials.basic("courier", "Ydaqd77*i8hX")) // tfl-eval: hardcoded-credential
            .build()
    }
    .build()

fun geocoder(): Retrofit = Retrofit.Builder()
    .baseUrl("https://geo.courier.dev/")
    .client(OkHttpClient.Builder().addInterceptor(ApiKeyInterceptor(GEOCODER_KEY)).build())
    .build()

fun unauthorizedMessage(): String = "Missing or invalid API key" // tfl-eval-not: hardcoded-credential
