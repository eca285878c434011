plugins {
    kotlin("jvm") version "1.9.24"
    application
}

dependencies {
    implementation("org.mongodb:mongodb-driver-kotlin-coroutine:5.1.0")
    implementation("com.rabbitmq:amqp-client:5.21.0")
    implementation("io.lettuce:lettuce-core:6.3.2.RELEASE")
    testImplementation(kotlin("test"))
}

application { mainClass.set("io.acme.notifier.MainKt") }
