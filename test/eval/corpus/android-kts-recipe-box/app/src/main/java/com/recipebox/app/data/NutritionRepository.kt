package com.recipebox.app.data

class NutritionRepository {
    companion object {
        private const val NUTRITIONIX_APP_ID = "b6e1f3a2"
        private const val NUTRITIONIX_APP_KEY = "67ae723953bf3c4d2323e352ee709739" // tfl-eval: hardcoded-credential
        const val PREFS_TOKEN_KEY = "auth_token" // tfl-eval-not: hardcoded-credential
    }

    fun headers(): Map<String, String> = mapOf(
        "x-app-id" to NUTRITIONIX_APP_ID,
        "x-app-key" to NUTRITIONIX_APP_KEY,
    )
}
