package com.acme.depot

import com.acme.depot.plugins.configureSecurity
import io.ktor.server.application.Application

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    configureSecurity()
}
