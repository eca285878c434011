package com.acme.logs

import java.util.logging.FileHandler
import java.util.logging.Logger
import java.util.logging.SimpleFormatter
import java.util.logging.ConsoleHandler

object AuditTrail {
    private val logger: Logger = Logger.getLogger("audit")

    init {
        val handler = FileHandler("/var/log/ktor/audit.%g.log", 5_000_000, 3, true) // tfl-eval: file-logger
        handler.formatter = SimpleFormatter()
        logger.addHandler(handler)
        logger.addHandler(ConsoleHandler()) // tfl-eval-not: file-logger
    }

    fun record(event: String) = logger.info(event)
}
