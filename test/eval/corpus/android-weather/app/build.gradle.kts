plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.skycast.weather"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.skycast.weather"
        minSdk = 24
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "OPEN_WEATHER_KEY", "\"4912f7cdedf7153db1aef848dd23ace1\"") // tfl-eval: hardcoded-credential
        buildConfigField("String", "API_BASE", "\"https://api.openweathermap.org/data/2.5/\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/skycast-release.jks")
            storePassword = "Zojh@372ewpbha" // tfl-eval: hardcoded-credential
            keyAlias = "skycast"
            keyPassword = "Fefw*3661b3tn8" // tfl-eval: hardcoded-credential
        }
        create("ci") {
            storeFile = file(System.getenv("CI_KEYSTORE") ?: "debug.jks")
            storePassword = System.getenv("CI_STORE_PASSWORD") // tfl-eval-not: hardcoded-credential
            keyAlias = "ci"
            keyPassword = project.findProperty("CI_KEY_PASSWORD") as String? // tfl-eval-not: hardcoded-credential
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
