package org.example.permits

import io.vertx.pgclient.PgConnectOptions
import org.junit.jupiter.api.Test

class PermitsVerticleTest {
    @Test
    fun `local options point at the dev database`() {
        val opts = PgConnectOptions().setHost("localhost").setDatabase("permits_test") // tfl-eval-not: hardcoded-backing-service
        check(opts.port == 5432)
    }
}
