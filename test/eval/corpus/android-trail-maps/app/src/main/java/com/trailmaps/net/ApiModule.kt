package com.trailmaps.net

import com.trailmaps.BuildConfig
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit

object ApiModule {
    private const val TRAILS_CLIENT_KEY = "RXhQe088mseI1EXhhSbnocSk1xoU9oV8" // tfl-eval: hardcoded-credential

    private val authInterceptor = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .addHeader("X-Client-Key", TRAILS_CLIENT_KEY)
                .addHeader("X-Weather-Key", BuildConfig.WEATHER_API_KEY) // tfl-eval-not: hardcoded-credential
                .build()
        )
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BuildConfig.API_BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(authInterceptor).build())
        .build()
}
