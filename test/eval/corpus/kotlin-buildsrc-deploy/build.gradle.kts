plugins {
    kotlin("jvm") version "2.0.0"
    `maven-publish`
    signing
    id("deploy-conventions")
}

group = "com.acme.orders"
version = "2.4.1"

publishing {
    repositories {
        maven {
            name = "nexus"
            url = uri("https://nexus.acme.example/repository/releases/")
            credentials {
                username = providers.gradleProperty("nexusUser").get()
                password = providers.gradleProperty("nexusPassword").get() // tfl-eval-not: hardcoded-credential
            }
        }
    }
}

signing {
    useInMemoryPgpKeys(findProperty("signingKey") as String?, "Pebble!00tundra65") // tfl-eval: hardcoded-credential
    sign(publishing.publications)
}