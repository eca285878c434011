pluginManagement {
    repositories {
        gradlePluginPortal()
        maven {
            url = uri("https://artifacts.acme.example/gradle-plugins")
            credentials {
                username = providers.gradleProperty("artifactsUser").get()
                password = providers.gradleProperty("artifactsPassword").get() // tfl-eval-not: hardcoded-credential
            }
        }
    }
}
rootProject.name = "inventory"
