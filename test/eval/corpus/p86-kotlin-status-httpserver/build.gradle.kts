plugins {
    kotlin("jvm") version "1.9.23"
    application
}

application { mainClass.set("com.acme.status.StatusKt") }
