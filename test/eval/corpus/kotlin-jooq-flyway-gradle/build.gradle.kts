import org.jooq.meta.jaxb.Logging

plugins {
    kotlin("jvm") version "2.0.20"
    id("org.flywaydb.flyway") version "10.17.3"
    id("nu.studer.jooq") version "9.0"
}

dependencies {
    implementation("org.jooq:jooq:3.19.11")
    jooqGenerator("org.postgresql:postgresql:42.7.4")
}

flyway {
    url = "jdbc:postgresql://inventory-db.internal:5432/inventory"
    user = "inventory_owner"
    password = "tziAYm#Ou6M9NP3*I8Gv" // tfl-eval: hardcoded-credential
    schemas = arrayOf("inventory")
}

jooq {
    version.set("3.19.11")
    configurations {
        create("main") {
            jooqConfiguration.apply {
                logging = Logging.WARN
                jdbc.apply {
                    driver = "org.postgresql.Driver"
                    url = "jdbc:postgresql://inventory-db.internal:5432/inventory"
                    user = "inventory_owner"
                    password = System.getenv("JOOQ_DB_PASSWORD") ?: "2!r5!D7puFHcCtq787km" // tfl-eval: hardcoded-credential
                }
                generator.apply {
                    name = "org.jooq.codegen.KotlinGenerator"
                    target.apply { packageName = "com.acme.inventory.db" }
                }
            }
        }
    }
}
