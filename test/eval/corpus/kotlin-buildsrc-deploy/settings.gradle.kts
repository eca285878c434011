pluginManagement {
    repositories {
        maven {
            url = uri("https://nexus.acme.example/repository/gradle-plugins/")
            credentials {
                username = "ci"
                password = "Ember#43orchid25" // tfl-eval: hardcoded-credential
            }
        }
        gradlePluginPortal()
    }
}

rootProject.name = "orders"