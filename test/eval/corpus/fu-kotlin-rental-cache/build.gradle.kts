plugins {
    kotlin("jvm") version "1.9.24"
    application
}

dependencies {
    implementation("io.ktor:ktor-server-netty:2.3.11")
    implementation("redis.clients:jedis:5.1.2")
    implementation("org.postgresql:postgresql:42.7.3")
}

application {
    mainClass.set("com.rental.ApplicationKt")
}
