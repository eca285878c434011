plugins {
    kotlin("jvm") version "1.9.24"
    application
}

repositories { mavenCentral() }

val vertxVersion = "4.5.7"

dependencies {
    implementation(platform("io.vertx:vertx-stack-depchain:$vertxVersion"))
    implementation("io.vertx:vertx-web")
    implementation("io.vertx:vertx-pg-client")
    implementation("io.vertx:vertx-lang-kotlin-coroutines")
    implementation("org.apache.logging.log4j:log4j-core:2.23.1")
    implementation("org.apache.logging.log4j:log4j-slf4j2-impl:2.23.1")
    testImplementation("io.vertx:vertx-junit5")
}

application { mainClass.set("org.example.permits.MainKt") }
