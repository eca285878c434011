plugins {
    kotlin("jvm") version "2.0.0"
    `maven-publish`
    signing
}

group = "com.acme"
version = "1.4.0"

repositories {
    mavenCentral()
    maven {
        url = uri("https://nexus.acme.example/repository/internal/")
        credentials {
            username = "sdk-reader"
            password = "QLpDYdcT891rjarj" // tfl-eval: hardcoded-credential
        }
    }
}

publishing {
    publications {
        create<MavenPublication>("sdk") { from(components["java"]) }
    }
    repositories {
        maven {
            name = "ossrh"
            url = uri("https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/")
            credentials {
                username = findProperty("ossrhUsername") as String?
                password = findProperty("ossrhPassword") as String?
            }
        }
    }
}

signing {
    useInMemoryPgpKeys("9F3A1C7E", System.getenv("SIGNING_KEY"), "yefsVdl05391ow3x") // tfl-eval: hardcoded-credential
    sign(publishing.publications["sdk"])
}
