plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "app.trailcast.android"
    compileSdk = 34
    defaultConfig {
        applicationId = "app.trailcast"
        minSdk = 26
        targetSdk = 34
        versionCode = 12
        versionName = "0.9.2"
        buildConfigField("String", "PLACES_API_KEY", "\"AIzaSyC7mQe2Lk9vXpT4rB8nW1dZ6hJ3uF0sYgA\"") // tfl-eval: hardcoded-credential
        buildConfigField("String", "SYNC_BASE_URL", "\"https://sync.trailcast.app\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/trailcast-release.jks")
            storePassword = System.getenv("TRAILCAST_STORE_PASSWORD") // tfl-eval-not: hardcoded-credential
            keyAlias = "trailcast"
            keyPassword = "Tc-release-key-77" // tfl-eval: hardcoded-credential
        }
    }
    buildFeatures { buildConfig = true }
}

dependencies {
    implementation(project(":shared"))
    implementation("androidx.work:work-runtime-ktx:2.9.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
