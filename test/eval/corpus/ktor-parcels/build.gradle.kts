plugins {
    kotlin("jvm") version "1.9.24"
    id("io.ktor.plugin") version "2.3.11"
}

dependencies {
    implementation("io.ktor:ktor-server-netty-jvm")
    implementation("io.ktor:ktor-server-content-negotiation-jvm")
    implementation("org.jetbrains.exposed:exposed-jdbc:0.50.1")
    implementation("com.rabbitmq:amqp-client:5.21.0")
    implementation("ch.qos.logback:logback-classic:1.5.6")
}
