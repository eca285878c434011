package io.acme.notifier.infra

import com.rabbitmq.client.Connection
import com.rabbitmq.client.ConnectionFactory

fun rabbitConnection(): Connection {
    val factory = ConnectionFactory().apply {
        host = "rabbit.notifier.svc" // tfl-eval: hardcoded-backing-service
        port = 5672
        username = "notifier"
        password = "bIORyh0ib6weCGvj9BWV61" // tfl-eval: hardcoded-credential
        virtualHost = "/notify"
    }
    return factory.newConnection("notifier")
}

fun rabbitFromEnv(): Connection {
    val factory = ConnectionFactory()
    factory.username = System.getenv("RABBIT_USER")
    factory.password = System.getenv("RABBIT_PASSWORD") ?: "" // tfl-eval-not: hardcoded-credential
    return factory.newConnection()
}
