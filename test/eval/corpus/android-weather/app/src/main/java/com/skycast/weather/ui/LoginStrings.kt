package com.skycast.weather.ui

object LoginStrings {
    const val PASSWORD_HINT = "Enter your password" // tfl-eval-not: hardcoded-credential
    const val FORGOT_PASSWORD = "Forgot password?" // tfl-eval-not: hardcoded-credential
    const val PREF_TOKEN = "pref_auth_token" // tfl-eval-not: hardcoded-credential
    const val EXTRA_API_KEY = "com.skycast.weather.EXTRA_API_KEY" // tfl-eval-not: hardcoded-credential
}
