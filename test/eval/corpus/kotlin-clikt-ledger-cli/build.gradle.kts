plugins {
    kotlin("jvm") version "2.0.21"
    application
}

group = "io.ledgerly"
version = "0.7.2"

repositories {
    mavenCentral()
}

dependencies {
    implementation("com.github.ajalt.clikt:clikt:5.0.1")
    implementation("org.jetbrains.kotlinx:kotlinx-cli:0.3.6")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("org.postgresql:postgresql:42.7.4")
    testImplementation(kotlin("test"))
}

application {
    mainClass.set("io.ledgerly.cli.MainKt")
}
