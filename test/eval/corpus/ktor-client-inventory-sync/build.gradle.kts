plugins {
    kotlin("jvm") version "2.0.20"
    kotlin("plugin.serialization") version "2.0.20"
    `maven-publish`
}

repositories {
    mavenCentral()
    maven {
        url = uri("https://maven.pkg.acme.example/releases")
        credentials {
            username = "ci-publisher"
            password = "Ko_aPJD8TemVmScKQRI." // tfl-eval: hardcoded-credential
        }
    }
    maven {
        url = uri("https://maven.pkg.github.com/acme/shared")
        credentials {
            username = System.getenv("GITHUB_ACTOR")
            password = System.getenv("GITHUB_TOKEN") // tfl-eval-not: hardcoded-credential
        }
    }
}

dependencies {
    implementation("io.ktor:ktor-client-cio:2.3.12")
    implementation("io.ktor:ktor-client-auth:2.3.12")
}
