rootProject.name = "service-root"
include(":service")
apply(from = "../platform-build/gradle/repositories.settings.gradle.kts") // tfl-eval: dependency-outside-codebase
