package com.acme.films.api

import retrofit2.http.GET
import retrofit2.http.Path
import retrofit2.http.Query

interface TmdbService {
    @GET("movie/popular")
    suspend fun popular(
        @Query("api_key") apiKey: String = "32aa3f7be0f93050a1b0022aae4fa0fb", // tfl-eval: hardcoded-credential
        @Query("page") page: Int = 1,
    ): MoviePage

    @GET("movie/{id}")
    suspend fun details(
        @Path("id") id: Long,
        @Query("api_key") apiKey: String = com.acme.films.BuildConfig.TMDB_API_KEY, // tfl-eval-not: hardcoded-credential
    ): Movie
}

data class MoviePage(val page: Int, val results: List<Movie>)
data class Movie(val id: Long, val title: String)
