plugins {
    kotlin("jvm") version "1.9.24"
    id("org.springframework.boot") version "3.3.1"
}

repositories {
    mavenCentral()
    maven {
        url = uri("https://nexus.wallet.app/repository/maven-releases/")
        credentials {
            username = "deployer"
            password = "Tsdggwm_3qo8" // tfl-eval: hardcoded-credential
        }
    }
    maven {
        url = uri("https://maven.pkg.github.com/wallet-app/shared")
        credentials {
            username = System.getenv("GITHUB_ACTOR")
            password = System.getenv("GITHUB_TOKEN") // tfl-eval-not: hardcoded-credential
        }
    }
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
}
