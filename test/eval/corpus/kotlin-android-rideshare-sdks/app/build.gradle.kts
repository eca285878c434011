plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.rideshare.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.rideshare.app"
        minSdk = 26
        manifestPlaceholders["mapsApiKey"] = providers.gradleProperty("MAPS_API_KEY").getOrElse("")
    }
    signingConfigs {
        create("release") {
            storeFile = file("release.jks")
            storePassword = "eiKGyVlnmH7xZeYiGT" // tfl-eval: hardcoded-credential
            keyAlias = "rideshare"
            keyPassword = "UgAlAQ6fTh7nTNqFwC" // tfl-eval: hardcoded-credential
        }
    }
}
