package com.stampcard.card

import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.kafka.core.KafkaTemplate
import org.springframework.stereotype.Service
import java.util.concurrent.ConcurrentHashMap

@Service
class StampService(
    private val jdbc: JdbcTemplate,
    private val kafka: KafkaTemplate<String, String>,
) {
    /** Reward thresholds per store tier: loaded once, read by every request, never written per customer. */
    private val thresholds = ConcurrentHashMap(mapOf("bronze" to 8, "silver" to 6, "gold" to 5)) // tfl-eval-not: memory-session-store

    fun stamp(customerId: String, storeTier: String): Int {
        val count = jdbc.queryForObject(
            "UPDATE cards SET stamps = stamps + 1 WHERE customer_id = ? RETURNING stamps",
            Int::class.java,
            customerId,
        ) ?: 0
        if (count >= (thresholds[storeTier] ?: 10)) kafka.send("rewards", customerId, "free-coffee")
        return count
    }
}
