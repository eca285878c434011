package app.rewards

import java.util.concurrent.ConcurrentHashMap
import org.springframework.stereotype.Service

@Service
class RewardsService(private val repo: PointsRepository) {
    // Tier thresholds: a read-only table.
    private val tiers = mapOf("silver" to 1_000, "gold" to 5_000)

    // Partner catalogue by partner id, refreshed hourly: a cache.
    private val partnerCatalogueCache = ConcurrentHashMap<String, List<String>>() // tfl-eval-not: memory-session-store

    // Failed redemption attempts by member: an attempt limiter.
    private val failedAttempts = ConcurrentHashMap<String, Int>() // tfl-eval-not: memory-session-store

    fun redeem(member: String, partner: String, points: Int): Boolean {
        partnerCatalogueCache.computeIfAbsent(partner) { listOf("voucher") }
        if (repo.balance(member) < points) {
            failedAttempts.merge(member, 1, Int::plus)
            return false
        }
        repo.debit(member, points)
        return points >= (tiers["silver"] ?: 0)
    }
}

interface PointsRepository {
    fun balance(member: String): Int
    fun debit(member: String, points: Int)
}
