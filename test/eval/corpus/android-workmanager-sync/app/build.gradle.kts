plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.fieldnotes"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.fieldnotes"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "SYNC_BASE_URL", "\"https://sync.fieldnotes.app/\"")
        buildConfigField("String", "SYNC_API_KEY", "\"1lwiQvea3mqvUOILlHQ4KzxRIqQEKTD0inelafol\"") // tfl-eval: hardcoded-credential
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/fieldnotes-release.jks")
            storePassword = "F1eldN0tes-store" // tfl-eval: hardcoded-credential
            keyAlias = "fieldnotes"
            keyPassword = "F1eldN0tes-key" // tfl-eval: hardcoded-credential
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}

dependencies {
    implementation("androidx.work:work-runtime-ktx:2.9.0")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
}
