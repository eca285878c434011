package com.acme.parcels

import com.rabbitmq.client.ConnectionFactory

object Events {
    private val factory = ConnectionFactory().apply {
        host = "rabbit.parcels.internal" // tfl-eval: hardcoded-backing-service
        port = 5672
        username = System.getenv("AMQP_USER")
        password = System.getenv("AMQP_PASSWORD")
    }

    fun publish(routingKey: String, body: ByteArray) {
        factory.newConnection().use { connection ->
            connection.createChannel().use { it.basicPublish("parcels", routingKey, null, body) }
        }
    }
}
