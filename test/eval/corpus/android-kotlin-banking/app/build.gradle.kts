plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.pocketbank"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.pocketbank"
        minSdk = 26
        buildConfigField("String", "API_BASE_URL", "\"https://api.pocketbank.example\"")
        buildConfigField("String", "API_CLIENT_SECRET", "\"c7Fq2LmX9vRtW4zPb8NdK3sY\"") // tfl-eval: hardcoded-credential
    }
    flavorDimensions += "backend"
    productFlavors {
        create("mock") { dimension = "backend" }
        create("prod") { dimension = "backend" }
    }
}
