package com.example.recipes.datafetchers

import com.example.recipes.services.RecipeService
import com.netflix.graphql.dgs.DgsComponent
import com.netflix.graphql.dgs.DgsMutation
import com.netflix.graphql.dgs.DgsQuery
import com.netflix.graphql.dgs.InputArgument
import java.util.concurrent.ConcurrentHashMap
import org.springframework.security.core.context.ReactiveSecurityContextHolder

@DgsComponent
class RecipeDataFetcher(private val recipes: RecipeService) {

    // Drafts a signed-in cook has started but not saved, by user.
    private val drafts = ConcurrentHashMap<String, MutableList<String>>() // tfl-eval: memory-session-store

    @DgsQuery
    suspend fun recipes(@InputArgument titleFilter: String?) = recipes.search(titleFilter)

    @DgsMutation
    suspend fun addRecipe(@InputArgument input: Map<String, Any>) = recipes.add(input)

    @DgsMutation
    suspend fun saveDraft(@InputArgument title: String): Boolean {
        val user = ReactiveSecurityContextHolder.getContext().awaitSingle().authentication.name
        drafts.computeIfAbsent(user) { mutableListOf() }.add(title)
        return true
    }
}
