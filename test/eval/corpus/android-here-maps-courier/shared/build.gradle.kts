import com.codingfeline.buildkonfig.compiler.FieldSpec.Type.STRING

plugins {
    kotlin("multiplatform")
    id("com.codingfeline.buildkonfig")
}

buildkonfig {
    packageName = "com.courier.shared"

    defaultConfigs {
        buildConfigField(STRING, "API_BASE_URL", "https://api.courier.example")
        buildConfigField(STRING, "DISPATCH_API_KEY", "sKda4Ru3gZ8eDICu40E76rTEtmbhUAg9") // tfl-eval: hardcoded-credential
        buildConfigField(STRING, "SENTRY_DSN", System.getenv("SENTRY_DSN") ?: "") // tfl-eval-not: hardcoded-credential
    }
}
