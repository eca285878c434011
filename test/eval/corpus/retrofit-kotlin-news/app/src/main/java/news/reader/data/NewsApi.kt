package news.reader.data

import okhttp3.Credentials
import okhttp3.OkHttpClient
import retrofit2.http.GET
import retrofit2.http.Headers
import retrofit2.http.Query

interface NewsApi {
    @Headers("X-Api-Key: e60a7eefe70945025e21afe0ae1868e7") // tfl-eval: hardcoded-credential
    @GET("v2/top-headlines")
    suspend fun topHeadlines(@Query("country") country: String): Headlines

    @Headers("Accept: application/json", "User-Agent: NewsReader/3.1") // tfl-eval-not: hardcoded-credential
    @GET("v2/sources")
    suspend fun sources(): Sources
}

interface ArchiveApi {
    @GET("search")
    suspend fun search(@Query("q") q: String, @Query("api-key") apiKey: String = "WMmsI2o2WAFLPuBRcGhaT3ULE30RzPlC"): SearchResult // tfl-eval: hardcoded-credential
}

object Http {
    val archive: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("Authorization", Credentials.basic("newsreader", "_IeeRK86aD%-sY3%56")) // tfl-eval: hardcoded-credential
                    .build()
            )
        }
        .build()
}

class Headlines
class Sources
class SearchResult
