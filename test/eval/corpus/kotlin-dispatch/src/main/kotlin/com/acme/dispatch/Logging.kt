package com.acme.dispatch

import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.encoder.PatternLayoutEncoder
import ch.qos.logback.core.ConsoleAppender
import ch.qos.logback.core.rolling.RollingFileAppender
import org.slf4j.LoggerFactory

fun configureLogging() {
    val context = LoggerFactory.getILoggerFactory() as LoggerContext
    val encoder = PatternLayoutEncoder().apply { this.context = context; pattern = "%d %-5level %msg%n"; start() }
    val console = ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>() // tfl-eval-not: file-logger
    console.context = context
    console.encoder = encoder
    console.start()
    val rolling = RollingFileAppender<ch.qos.logback.classic.spi.ILoggingEvent>() // tfl-eval: file-logger
    rolling.context = context
    rolling.file = "logs/dispatch.log"
    rolling.encoder = encoder
    rolling.start()
}
