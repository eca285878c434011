plugins {
    kotlin("jvm")
    application
}

apply(from = "../../platform-build/gradle/publishing.gradle.kts") // tfl-eval: dependency-outside-codebase
apply(from = rootProject.file("gradle/detekt.gradle.kts")) // tfl-eval-not: dependency-outside-codebase
apply(from = "$rootDir/gradle/jacoco.gradle.kts") // tfl-eval-not: dependency-outside-codebase

application {
    mainClass.set("com.acme.service.MainKt")
}
