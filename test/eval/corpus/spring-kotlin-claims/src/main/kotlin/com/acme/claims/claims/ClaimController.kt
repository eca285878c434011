package com.acme.claims.claims

import org.springframework.http.HttpStatus
import org.springframework.web.bind.annotation.*
import java.util.UUID

@RestController
@RequestMapping("/api/claims")
class ClaimController(private val service: ClaimService) {

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    fun submit(@RequestBody request: SubmitClaim): Claim = service.submit(request)

    @GetMapping("/{id}")
    fun get(@PathVariable id: UUID): Claim = service.find(id)

    @PostMapping("/{id}/approve")
    fun approve(@PathVariable id: UUID, @RequestHeader("Idempotency-Key") idempotencyKey: String): Claim =
        service.approve(id, idempotencyKey)
}

data class SubmitClaim(val policyNumber: String, val amount: java.math.BigDecimal)
