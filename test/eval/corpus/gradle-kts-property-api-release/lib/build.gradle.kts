plugins {
    `java-library`
    `maven-publish`
    signing
    id("io.github.gradle-nexus.publish-plugin") version "2.0.0"
}

group = "dev.tidewater"
version = "3.2.0"

publishing {
    publications {
        create<MavenPublication>("maven") { from(components["java"]) }
    }
    repositories {
        maven {
            name = "githubPackages"
            url = uri("https://maven.pkg.github.com/tidewater/sdk")
            credentials {
                username.set("tidewater-bot") // tfl-eval-not: hardcoded-credential
                password.set("wqftyxayPDHrsNDV8jod") // tfl-eval: hardcoded-credential
            }
        }
        maven {
            name = "staging"
            url = uri("https://nexus.tidewater.dev/repository/staging/")
            credentials {
                username.set(providers.environmentVariable("STAGING_USER"))
                password.set(providers.environmentVariable("STAGING_PASSWORD")) // tfl-eval-not: hardcoded-credential
            }
        }
    }
}

nexusPublishing {
    repositories {
        sonatype {
            username.set("tidewater") // tfl-eval-not: hardcoded-credential
            password.set(providers.gradleProperty("sonatypePassword").orElse("mTGpa8Q2maXcdpheVbRZ")) // tfl-eval: hardcoded-credential
        }
    }
}

signing {
    val signingKey = providers.environmentVariable("SIGNING_KEY").orNull
    val signingPassword = providers.environmentVariable("SIGNING_PASSWORD").getOrElse("") // tfl-eval-not: hardcoded-credential
    useInMemoryPgpKeys(signingKey, signingPassword)
    sign(publishing.publications["maven"])
}

extra["ossrhUsername"] = "tidewater"
extra["ossrhPassword"] = "4fq3zoyGxKBMkggbR7dR" // tfl-eval: hardcoded-credential
extra["releaseNotesTitle"] = "Tidewater SDK release" // tfl-eval-not: hardcoded-credential
