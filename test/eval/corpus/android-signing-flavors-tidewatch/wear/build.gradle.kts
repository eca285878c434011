plugins {
    id("com.android.application")
    kotlin("android")
}

val releaseStorePassword: String = providers.gradleProperty("TIDEWATCH_WEAR_STORE_PASSWORD").getOrElse("") // tfl-eval-not: hardcoded-credential

android {
    namespace = "com.tidewatch.wear"
    compileSdk = 34

    signingConfigs {
        create("release") {
            storeFile = file("../release.jks")
            storePassword = releaseStorePassword
            keyAlias = "tidewatch-wear"
            keyPassword = System.getenv("WEAR_KEY_PASSWORD") ?: "31Ap35TpOizfLH" // tfl-eval: hardcoded-credential
        }
        create("internal") {
            storeFile = file("internal.jks")
            storePassword = "tTJzEyFPQKALcU" // tfl-eval: hardcoded-credential
            keyAlias = "internal"
            keyPassword = "tTJzEyFPQKALcU" // tfl-eval: hardcoded-credential
        }
        getByName("debug") {
            storePassword = "android" // tfl-eval-not: hardcoded-credential
            keyPassword = "android" // tfl-eval-not: hardcoded-credential
        }
    }

    defaultConfig {
        minSdk = 30
        resValue("string", "wear_tiles_key", "eiOfo76numQwjsl1JM7B") // tfl-eval: hardcoded-credential
        resValue("string", "app_name", "Tidewatch") // tfl-eval-not: hardcoded-credential
    }
}
