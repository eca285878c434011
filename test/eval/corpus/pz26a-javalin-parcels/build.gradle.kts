plugins { kotlin("jvm") version "1.9.24"; application }
dependencies {
    implementation("io.javalin:javalin:6.1.6")
    implementation("io.ktor:ktor-server-netty:2.3.11")
    implementation("org.slf4j:slf4j-simple:2.0.13")
}
application { mainClass.set("parcels.AppKt") }
