plugins {
    id("claims.kotlin-service")
}

dependencies {
    implementation(project(":reporting"))
    testImplementation("claims.verification:rules:1.0")
}
