pluginManagement {
    repositories {
        gradlePluginPortal()
        maven("https://nexus.tidewater.dev/repository/gradle-plugins/") {
            credentials {
                username = "plugin-reader"
                password = "C2CUujTaaWD5aD5k5biY" // tfl-eval: hardcoded-credential
            }
        }
    }
}

dependencyResolutionManagement {
    repositories {
        mavenCentral()
        maven("https://nexus.tidewater.dev/repository/internal/") {
            name = "tidewaterInternal"
            // Gradle reads tidewaterInternalUsername/Password from ~/.gradle/gradle.properties or ORG_GRADLE_PROJECT_*.
            credentials(PasswordCredentials::class) // tfl-eval-not: hardcoded-credential
        }
    }
}

rootProject.name = "tidewater-sdk"
include(":app", ":lib")
