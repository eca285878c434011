package com.acme.claims.claims

import org.slf4j.LoggerFactory
import org.springframework.data.redis.core.StringRedisTemplate
import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional
import java.time.Duration
import java.util.UUID

@Service
class ClaimService(private val claims: ClaimRepository, private val redis: StringRedisTemplate) {
    private val log = LoggerFactory.getLogger(javaClass)

    @Transactional
    fun submit(request: SubmitClaim): Claim {
        val claim = claims.save(Claim(policyNumber = request.policyNumber, amount = request.amount))
        log.info("claim {} submitted for policy {}", claim.id, claim.policyNumber)
        return claim
    }

    fun find(id: UUID): Claim = claims.findById(id).orElseThrow { NoSuchElementException("claim $id") }

    @Transactional
    fun approve(id: UUID, idempotencyKey: String): Claim {
        val first = redis.opsForValue().setIfAbsent("approve:$idempotencyKey", id.toString(), Duration.ofHours(24)) ?: false
        val claim = find(id)
        if (first) claim.status = ClaimStatus.APPROVED
        return claim
    }
}

interface ClaimRepository : org.springframework.data.jpa.repository.JpaRepository<Claim, UUID>
