package app.newsly.data.remote

import okhttp3.Interceptor
import okhttp3.Response

class ApiKeyInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request().newBuilder()
            .addHeader("X-Api-Key", "e0b361832d18db280e779291d3c4b4bc") // tfl-eval: hardcoded-credential
            .addHeader("User-Agent", "Newsly/3.2 (Android)")
            .build()
        return chain.proceed(request)
    }
}
