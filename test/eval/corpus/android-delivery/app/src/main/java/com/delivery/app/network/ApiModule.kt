package com.delivery.app.network

import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory

object Constants {
    const val BASE_URL = "https://api.delivery.app/"
    const val WEATHER_API_KEY = "37a273109f82bcc8c27e1a0b2b603299" // tfl-eval: hardcoded-credential
    const val PREF_AUTH_TOKEN = "pref_auth_token" // tfl-eval-not: hardcoded-credential
    const val EXTRA_PASSWORD = "com.delivery.app.EXTRA_PASSWORD" // tfl-eval-not: hardcoded-credential
}

object ApiModule {
    private val client = OkHttpClient.Builder()
        .addInterceptor { chain ->
            val url = chain.request().url.newBuilder()
                .addQueryParameter("appid", Constants.WEATHER_API_KEY)
                .build()
            chain.proceed(chain.request().newBuilder().url(url).build())
        }
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().addHeader("x-client-secret", "20ZNnfsVda7AK8gFnxuSkNASkgPi75gq").build()) // tfl-eval: hardcoded-credential
        }
        .build()

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(Constants.BASE_URL)
        .client(client)
        .addConverterFactory(GsonConverterFactory.create())
        .build()
}
