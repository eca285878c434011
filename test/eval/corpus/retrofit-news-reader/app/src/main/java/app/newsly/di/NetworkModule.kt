package app.newsly.di

import app.newsly.data.remote.ApiKeyInterceptor
import app.newsly.data.remote.NewsApi
import app.newsly.data.remote.TranslateApi
import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.components.SingletonComponent
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import javax.inject.Singleton

@Module
@InstallIn(SingletonComponent::class)
object NetworkModule {

    private const val NEWS_BASE_URL = "https://newsapi.org/v2/"
    private const val TRANSLATE_BASE_URL = "https://api-free.deepl.com/v2/"
    private const val DEEPL_AUTH = "DeepL-Auth-Key 2f9c8b1e-4d7a-4e3b-9c6f-1a8d5e2b7c40:fx" // tfl-eval: hardcoded-credential

    @Provides
    @Singleton
    fun provideNewsApi(): NewsApi = Retrofit.Builder()
        .baseUrl(NEWS_BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(ApiKeyInterceptor()).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(NewsApi::class.java)

    @Provides
    @Singleton
    fun provideTranslateApi(): TranslateApi = Retrofit.Builder()
        .baseUrl(TRANSLATE_BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", DEEPL_AUTH).build())
        }.build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(TranslateApi::class.java)
}
