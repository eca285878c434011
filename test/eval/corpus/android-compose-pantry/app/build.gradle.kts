import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.acme.pantry"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.acme.pantry"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "PANTRY_API_URL", "\"https://api.pantry.example/v1\"")
        buildConfigField("String", "BARCODE_API_KEY", "\"d89305ce266e866a1bb07e11e5af4632\"") // tfl-eval: hardcoded-credential
        buildConfigField("String", "MAPS_API_KEY", "\"${localProps.getProperty("MAPS_API_KEY", "")}\"") // tfl-eval-not: hardcoded-credential
        manifestPlaceholders["sentryDsn"] = "https://bca0e99197104fa1df588837ce577d7e@o4505.ingest.sentry.io/4506" // tfl-eval-not: hardcoded-credential
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/pantry-release.jks")
            storePassword = "8rh4x979ER6N%epa" // tfl-eval: hardcoded-credential
            keyAlias = "pantry"
            keyPassword = System.getenv("PANTRY_KEY_PASSWORD") // tfl-eval-not: hardcoded-credential
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
    buildFeatures { buildConfig = true; compose = true }
}
