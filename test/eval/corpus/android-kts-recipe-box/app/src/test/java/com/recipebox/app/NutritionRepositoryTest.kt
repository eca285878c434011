package com.recipebox.app

import com.recipebox.app.data.NutritionRepository
import org.junit.Assert.assertEquals
import org.junit.Test

class NutritionRepositoryTest {
    private val fakeToken = "fake-token-for-tests" // tfl-eval-not: hardcoded-credential

    @Test
    fun headersHaveTwoEntries() = assertEquals(2, NutritionRepository().headers().size)
}
