plugins {
    `java-library`
    kotlin("jvm") version "1.9.24"
}

dependencies {
    implementation("com.sun.mail:jakarta.mail:2.0.1")
    implementation("redis.clients:jedis:5.1.2")
}
