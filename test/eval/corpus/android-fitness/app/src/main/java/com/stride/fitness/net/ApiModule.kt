package com.stride.fitness.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiModule {
    private const val BASE_URL = "https://api.stride-fitness.app/v3/"
    private const val WEATHER_KEY = "1lozRHTa3nMWBshNeyfnw6XU" // tfl-eval: hardcoded-credential
    private const val HEADER_API_KEY = "x-api-key" // tfl-eval-not: hardcoded-credential
    private const val PREF_AUTH_TOKEN = "pref_auth_token" // tfl-eval-not: hardcoded-credential

    private val apiKeyInterceptor = Interceptor { chain ->
        val request = chain.request().newBuilder()
            .addHeader(HEADER_API_KEY, "6fM0JFi904kRNZkRsC0okCjz") // tfl-eval: hardcoded-credential
            .build()
        chain.proceed(request)
    }

    private val client = OkHttpClient.Builder()
        .addInterceptor(apiKeyInterceptor)
        .build()

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()

    fun weatherUrl(lat: Double, lon: Double) = "https://api.openweathermap.org/data/2.5/weather?lat=$lat&lon=$lon&appid=$WEATHER_KEY"
}
