// Points every build on the CI agents at the company Nexus.
allprojects {
    repositories {
        maven {
            name = "nexus"
            url = uri("https://nexus.build.internal/repository/maven-public/")
            credentials {
                username = "ci-reader"
                password = "Nx-r3ader-ci!" // tfl-eval: hardcoded-credential
            }
        }
    }
}
