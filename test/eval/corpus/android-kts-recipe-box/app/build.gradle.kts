import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "com.recipebox.app"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.recipebox.app"
        minSdk = 24
        targetSdk = 34
        versionCode = 42
        versionName = "3.1.0"
        buildConfigField("String", "SPOONACULAR_API_KEY", "\"8770875ec0ad4baaca3a338546615a05\"") // tfl-eval: hardcoded-credential
        buildConfigField("String", "EDAMAM_APP_ID", "\"3f9a1c7e\"") // tfl-eval-not: hardcoded-credential
        buildConfigField("String", "EDAMAM_APP_KEY", "\"374f556b77bc60f77f81da16b127bd43\"") // tfl-eval: hardcoded-credential
        buildConfigField("String", "SENTRY_ENV", "\"production\"")
        buildConfigField("String", "UNSPLASH_KEY", "\"${localProps.getProperty("unsplash.key", "")}\"") // tfl-eval-not: hardcoded-credential
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/recipebox.jks")
            storePassword = "BZeyyAWglHQIGtIL3VE3uegI" // tfl-eval: hardcoded-credential
            keyAlias = "recipebox"
            keyPassword = System.getenv("KEY_PASSWORD") // tfl-eval-not: hardcoded-credential
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    testImplementation("junit:junit:4.13.2")
}
