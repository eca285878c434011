plugins {
    `java-library`
    `maven-publish`
    signing
}

group = "io.github.parsekit"
version = "2.4.1"

repositories {
    mavenCentral()
    maven {
        url = uri("https://nexus.parsekit.io/repository/internal/")
        credentials {
            username = "ci-deployer"
            password = "OTzI6wIehbGWy4" // tfl-eval: hardcoded-credential
        }
    }
}

publishing {
    repositories {
        maven {
            name = "OSSRH"
            url = uri("https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/")
            credentials {
                username = findProperty("ossrhUsername") as String?
                password = findProperty("ossrhPassword") as String? // tfl-eval-not: hardcoded-credential
            }
        }
        maven {
            name = "GitHubPackages"
            url = uri("https://maven.pkg.github.com/parsekit/parsekit")
            credentials {
                username = "parsekit-bot"
                password = "ghp_PTrXsA1GirEdiBKdcOQHcR2sdKfbREqmzIUC" // tfl-eval: hardcoded-credential
            }
        }
    }
}

signing {
    useInMemoryPgpKeys(System.getenv("SIGNING_KEY"), System.getenv("SIGNING_PASSWORD")) // tfl-eval-not: hardcoded-credential
}
