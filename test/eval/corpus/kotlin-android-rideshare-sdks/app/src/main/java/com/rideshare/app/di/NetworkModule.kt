package com.rideshare.app.di

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object NetworkModule {
    private const val GEOCODER_HOST = "https://geo.rideshare.example"

    fun client(): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("X-Geocoder-Key", "447d4f52bff071e288199e62e6b93295589b8c69") // tfl-eval: hardcoded-credential
                    .build(),
            )
        })
        .build()
}
