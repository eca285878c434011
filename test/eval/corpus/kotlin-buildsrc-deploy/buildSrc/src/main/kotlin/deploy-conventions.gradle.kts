plugins {
    id("com.google.cloud.tools.jib")
}

jib {
    from {
        image = "eclipse-temurin:21-jre"
    }
    to {
        image = "registry.acme.example/${project.name}"
        tags = setOf(project.version.toString(), "latest")
        auth {
            username = "deploy-bot"
            password = "eftlDaqgZ0p74aRSYy7OV993o5SUMCmw" // tfl-eval: hardcoded-credential
        }
    }
    container {
        jvmFlags = listOf("-XX:MaxRAMPercentage=75")
    }
}