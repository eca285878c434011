import com.google.cloud.tools.jib.gradle.JibExtension

plugins {
    id("com.google.cloud.tools.jib")
}

configure<JibExtension> {
    from { image = "eclipse-temurin:21-jre" }
    to {
        image = "registry.tidewater.dev/sdk-demo"
        auth {
            username = "jib-push"
            password = "4HFvEzeDmx2JvDD84jaP" // tfl-eval: hardcoded-credential
        }
    }
}

tasks.register<Exec>("registryLogin") {
    commandLine("docker", "login", "registry.tidewater.dev", "-u", "jib-push", "--password-stdin") // tfl-eval-not: hardcoded-credential
    standardInput = providers.environmentVariable("REGISTRY_PASSWORD").map { it.byteInputStream() }.get()
}
