plugins {
    kotlin("jvm") version "1.9.22"
    java
}

dependencies {
    implementation("org.postgresql:postgresql:42.7.1")
    implementation("redis.clients:jedis:5.1.0")
    implementation("org.mongodb:mongodb-driver-sync:4.11.1")
}
