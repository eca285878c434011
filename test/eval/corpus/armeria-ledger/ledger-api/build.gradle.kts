plugins {
    java
    application
    id("nu.studer.jooq") version "9.0"
    id("org.flywaydb.flyway") version "10.20.0"
}

application { mainClass.set("org.example.ledger.Main") }

dependencies {
    implementation(platform("com.linecorp.armeria:armeria-bom:1.30.1"))
    implementation("com.linecorp.armeria:armeria")
    implementation("org.jooq:jooq:3.19.14")
    implementation("com.zaxxer:HikariCP:6.0.0")
    implementation("org.postgresql:postgresql:42.7.4")
    implementation("com.typesafe:config:1.4.3")
    implementation("ch.qos.logback:logback-classic:1.5.11")
    implementation("net.logstash.logback:logstash-logback-encoder:8.0")
    implementation("com.auth0:java-jwt:4.4.0")
    testImplementation("org.junit.jupiter:junit-jupiter:5.11.3")
    testImplementation("org.testcontainers:postgresql:1.20.3")
}

flyway {
    url = System.getenv("FLYWAY_URL") ?: "jdbc:postgresql://localhost:5432/ledger"
    user = System.getenv("FLYWAY_USER") ?: "postgres"
    password = System.getenv("FLYWAY_PASSWORD") ?: "postgres"
}

jooq {
    configurations {
        create("main") {
            jooqConfiguration.apply {
                jdbc.apply {
                    url = "jdbc:postgresql://localhost:5432/ledger_codegen"
                    user = "postgres"
                    password = "postgres"
                }
            }
        }
    }
}
