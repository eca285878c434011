plugins {
    id("com.android.application")
    kotlin("android")
    id("com.google.cloud.tools.jib") version "3.4.4" apply false
    id("org.sonarqube") version "5.1.0.4882"
}

android {
    namespace = "dev.tidewater.app"
    compileSdk = 35
    defaultConfig {
        applicationId = "dev.tidewater.app"
        minSdk = 26
        manifestPlaceholders["mapsApiKey"] = "AIzaSyB7x2Lq9T4vWm8Nf3Rk5Hb0Yd6Pj1Gs2Ue" // tfl-eval: hardcoded-credential
        manifestPlaceholders["auth0Domain"] = "tidewater.eu.auth0.com" // tfl-eval-not: hardcoded-credential
        manifestPlaceholders += mapOf("branchKey" to "key_live_y8mShEqUWHivGK79abmofdCskQTN") // tfl-eval: hardcoded-credential
        buildConfigField("String", "SENTRY_ENVIRONMENT", "\"production\"") // tfl-eval-not: hardcoded-credential
    }
    signingConfigs {
        create("release") {
            storeFile = file(providers.gradleProperty("releaseStoreFile").getOrElse("release.jks"))
            storePassword = providers.gradleProperty("releaseStorePassword").orNull // tfl-eval-not: hardcoded-credential
            keyAlias = "tidewater"
            keyPassword = providers.gradleProperty("releaseKeyPassword").orNull // tfl-eval-not: hardcoded-credential
        }
    }
}

sonar {
    properties {
        property("sonar.projectKey", "tidewater_app") // tfl-eval-not: hardcoded-credential
        property("sonar.host.url", "https://sonarcloud.io")
        property("sonar.token", "AmiHKFFrfEWmiEVx5iux6cp4eps5vxkJLj6DNPqS") // tfl-eval: hardcoded-credential
    }
}
