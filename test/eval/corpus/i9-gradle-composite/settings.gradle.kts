import java.util.Properties

rootProject.name = "claims-backend"

pluginManagement {
    val flutterSdkPath = Properties().apply {
        file("local.properties").inputStream().use { load(it) }
    }.getProperty("flutter.sdk")
    if (flutterSdkPath != null) {
        includeBuild(File(flutterSdkPath, "packages/flutter_tools/gradle")) // tfl-eval-not: dependency-outside-codebase
    }
    includeBuild(file("build-logic")) // tfl-eval-not: dependency-outside-codebase
}

// Shared verification rules, consumed as a composite build from the infrastructure checkout.
includeBuild(file("../../infrastructure/verification-rules")) // tfl-eval: dependency-outside-codebase

listOf("api", "worker").forEach {
    include(":$it")
    project(":$it").projectDir = file("$rootDir/modules/$it") // tfl-eval-not: dependency-outside-codebase
}

include(":backend", ":reporting", ":legacy-rates")
project(":backend").projectDir = File("$rootDir/backend") // tfl-eval-not: dependency-outside-codebase
project(":reporting").projectDir = file("$rootDir/../reporting-service") // tfl-eval: dependency-outside-codebase
project(":legacy-rates").apply {
    projectDir = File("${rootDir}/../legacy/rates") // tfl-eval: dependency-outside-codebase
}
