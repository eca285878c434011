plugins {
    kotlin("jvm") version "1.9.24"
    id("io.ebean") version "13.25.2"
    id("org.liquibase.gradle") version "2.2.1"
    application
}

group = "io.greenhouse"
version = "0.7.0"

repositories { mavenCentral() }

dependencies {
    implementation("io.ktor:ktor-server-netty:2.3.11")
    implementation("io.ebean:ebean-postgres:13.25.2")
    implementation("org.postgresql:postgresql:42.7.3")
    implementation("io.github.cdimascio:dotenv-kotlin:6.4.1")
    liquibaseRuntime("org.liquibase:liquibase-core:4.27.0")
    testImplementation(kotlin("test"))
}

application { mainClass.set("io.greenhouse.ApplicationKt") }
