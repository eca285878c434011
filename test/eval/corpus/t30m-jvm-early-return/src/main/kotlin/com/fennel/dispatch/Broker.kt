package com.fennel.dispatch

import com.rabbitmq.client.ConnectionFactory

object Broker {
    fun factory(): ConnectionFactory {
        val factory = ConnectionFactory()
        val url = System.getenv("AMQP_URL")
        if (url != null) {
            factory.setUri(url)
            return factory
        }
        factory.setUri("amqp://localhost:5672") // tfl-eval-not: hardcoded-backing-service
        return factory
    }

    fun auditUri(): String {
        if (!System.getenv("AUDIT_AMQP_URL").isNullOrBlank()) {
            return System.getenv("AUDIT_AMQP_URL")
        }
        return "amqp://audit-mq.dispatch.internal:5672" // tfl-eval: hardcoded-backing-service
    }
}
