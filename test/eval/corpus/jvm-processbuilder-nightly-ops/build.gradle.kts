plugins {
    java
    kotlin("jvm") version "2.0.21"
    application
}

application {
    mainClass.set("net.larkspur.ops.NightlyOps")
}

dependencies {
    implementation("org.quartz-scheduler:quartz:2.3.2")
    testImplementation("org.junit.jupiter:junit-jupiter:5.11.3")
}
