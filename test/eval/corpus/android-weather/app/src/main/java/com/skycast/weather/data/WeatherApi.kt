package com.skycast.weather.data

import com.skycast.weather.BuildConfig
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory

object WeatherApi {
    private const val GEOCODE_KEY = "3685f0e2f5e8de10b1b065bcfed74cfe" // tfl-eval: hardcoded-credential
    private const val KEY_PARAM = "appid" // tfl-eval-not: hardcoded-credential

    private val keyInterceptor = Interceptor { chain ->
        val url = chain.request().url.newBuilder()
            .addQueryParameter(KEY_PARAM, BuildConfig.OPEN_WEATHER_KEY) // tfl-eval-not: hardcoded-credential
            .build()
        chain.proceed(chain.request().newBuilder().url(url).build())
    }

    private val geocodeInterceptor = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Geocode-Key", GEOCODE_KEY).build())
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BuildConfig.API_BASE)
        .client(OkHttpClient.Builder().addInterceptor(keyInterceptor).addInterceptor(geocodeInterceptor).build())
        .addConverterFactory(GsonConverterFactory.create())
        .build()
}
