package com.acme.fleet

import io.ktor.server.sessions.*
import io.ktor.server.testing.*
import kotlin.test.Test

class ApplicationTest {
    @Test
    fun health() = testApplication {
        install(Sessions) { cookie<DriverSession>("DRIVER_SESSION", SessionStorageMemory()) }
        client.get("/health")
    }
}
