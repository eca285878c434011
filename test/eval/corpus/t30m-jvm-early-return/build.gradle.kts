plugins {
    kotlin("jvm") version "1.9.22"
    application
}

dependencies {
    implementation("redis.clients:jedis:5.1.2")
    implementation("org.postgresql:postgresql:42.7.2")
    implementation("com.rabbitmq:amqp-client:5.20.0")
}
