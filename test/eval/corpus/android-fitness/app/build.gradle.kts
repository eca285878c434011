plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.stride.fitness"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.stride.fitness"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "4.2.0"
        buildConfigField("String", "SENTRY_DSN", "\"https://4f1c2a9e7b3d4c8a@o123456.ingest.sentry.io/7654321\"")
        buildConfigField("String", "REVENUECAT_API_KEY", "\"goog_GXwK1N1InNGKyyfpJmRfDC5f\"") // tfl-eval: hardcoded-credential
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD") // tfl-eval-not: hardcoded-credential
            keyAlias = "stride"
            keyPassword = "nEOpuPBLarOX4TgbrpLfmRIM" // tfl-eval: hardcoded-credential
        }
    }
}
