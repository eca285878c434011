plugins {
    id("acme.kotlin-service")
}

dependencies {
    implementation(project(":common"))
    implementation("com.acme.libs:money:2.4.1")
    implementation("io.ktor:ktor-server-netty:2.3.11")
}
