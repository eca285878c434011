plugins {
    kotlin("jvm") version "1.9.23"
    application
}

dependencies {
    implementation("com.typesafe:config:1.4.3")
    implementation("org.apache.commons:commons-configuration2:2.10.1")
    implementation("com.sun.mail:jakarta.mail:2.0.1")
    implementation("io.helidon.config:helidon-config:4.0.7")
    testImplementation(kotlin("test"))
}

application {
    mainClass.set("io.parcelrun.courier.MainKt")
}
