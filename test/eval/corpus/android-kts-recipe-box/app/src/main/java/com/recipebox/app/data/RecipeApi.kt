package com.recipebox.app.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import com.recipebox.app.BuildConfig

object RecipeApi {
    private const val BASE_URL = "https://api.spoonacular.com/"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            val url = chain.request().url.newBuilder()
                .addQueryParameter("apiKey", BuildConfig.SPOONACULAR_API_KEY) // tfl-eval-not: hardcoded-credential
                .build()
            chain.proceed(chain.request().newBuilder().url(url).build())
        })
        .build()
}
