plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.trailmaps"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.trailmaps"
        minSdk = 24
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "WEATHER_API_KEY", "\"4a77f888087fd7896409870569d5f40b\"") // tfl-eval: hardcoded-credential
        buildConfigField("String", "API_BASE_URL", "\"https://api.trailmaps.example/\"") // tfl-eval-not: hardcoded-credential
        manifestPlaceholders["mapsApiKey"] = "AIzaeBWOmfI1oj9BOjVqzS3H2C2hl2CCSfTqopf" // tfl-eval: hardcoded-credential
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/release.jks")
            storePassword = "DaGx%gUjM2zzblHh" // tfl-eval: hardcoded-credential
            keyAlias = "trailmaps"
            keyPassword = "Mp%W5fZ+0D%tn3TS" // tfl-eval: hardcoded-credential
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
        debug {
            buildConfigField("String", "WEATHER_API_KEY", "\"\"") // tfl-eval-not: hardcoded-credential
        }
    }
    buildFeatures { buildConfig = true }
}
