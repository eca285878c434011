plugins {
    id("org.springframework.boot") version "3.2.4"
    `maven-publish`
}

publishing {
    repositories {
        maven {
            url = uri("https://nexus.orders.internal/repository/releases/")
            credentials {
                username = "deployer"
                password = "Nnuxc44%z63w" // tfl-eval: hardcoded-credential
            }
        }
        maven {
            url = uri("https://nexus.orders.internal/repository/snapshots/")
            credentials {
                username = providers.gradleProperty("nexusUser").get()
                password = providers.gradleProperty("nexusPassword").get() // tfl-eval-not: hardcoded-credential
            }
        }
    }
}
