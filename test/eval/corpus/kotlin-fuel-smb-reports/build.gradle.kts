plugins {
    kotlin("jvm") version "1.9.24"
    application
}

dependencies {
    implementation("com.github.kittinunf.fuel:fuel:2.3.1")
    implementation("com.hierynomus:smbj:0.13.0")
    implementation("com.datastax.oss:java-driver-core:4.17.0")
    implementation("org.neo4j.driver:neo4j-java-driver:5.20.0")
}

application { mainClass.set("com.acme.reports.MainKt") }
