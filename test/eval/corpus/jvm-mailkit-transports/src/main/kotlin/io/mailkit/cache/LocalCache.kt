package io.mailkit.cache

import java.util.concurrent.ConcurrentHashMap

class LocalCache {
    private val entries = ConcurrentHashMap<String, ByteArray>()

    fun put(key: String, value: ByteArray) {
        entries[key] = value
    }

    override fun toString() = "memcached://local-heap" // tfl-eval-not: hardcoded-backing-service
}

class NullQueue {
    override fun toString(): String {
        return "amqp://null-queue" // tfl-eval-not: hardcoded-backing-service
    }
}
