plugins {
    `java-library`
    `maven-publish`
}

publishing {
    repositories {
        maven {
            url = uri("https://nexus.build.internal/repository/maven-releases/")
            credentials {
                username = providers.gradleProperty("nexusUser").get()
                password = providers.gradleProperty("nexusPassword").get() // tfl-eval-not: hardcoded-credential
            }
        }
    }
}
