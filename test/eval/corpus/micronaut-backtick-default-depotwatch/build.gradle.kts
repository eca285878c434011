plugins {
    id("org.jetbrains.kotlin.jvm") version "1.9.25"
    id("io.micronaut.application") version "4.4.2"
}
dependencies {
    implementation("io.micronaut.data:micronaut-data-hibernate-jpa")
    runtimeOnly("com.h2database:h2")
    runtimeOnly("org.mariadb.jdbc:mariadb-java-client")
}
