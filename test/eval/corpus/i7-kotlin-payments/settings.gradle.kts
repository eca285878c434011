rootProject.name = "payments"

pluginManagement {
    includeBuild("../gradle-conventions") // tfl-eval: dependency-outside-codebase
    repositories {
        gradlePluginPortal()
        mavenCentral()
    }
}

include(":api", ":common", ":codegen-runtime")

includeBuild("../shared-kotlin-libs") // tfl-eval: dependency-outside-codebase
includeBuild("tools/codegen") // tfl-eval-not: dependency-outside-codebase

project(":common").projectDir = file("../payments-common") // tfl-eval: dependency-outside-codebase
project(":codegen-runtime").projectDir = file("tools/codegen/runtime") // tfl-eval-not: dependency-outside-codebase

// includeBuild("../kotlin-money") // tfl-eval-not: dependency-outside-codebase
val localSdk = providers.gradleProperty("acme.sdk.path")
if (localSdk.isPresent) {
    includeBuild(localSdk.get()) // tfl-eval-not: dependency-outside-codebase
}
