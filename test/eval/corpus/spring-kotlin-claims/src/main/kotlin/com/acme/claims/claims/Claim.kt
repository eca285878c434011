package com.acme.claims.claims

import jakarta.persistence.Entity
import jakarta.persistence.EnumType
import jakarta.persistence.Enumerated
import jakarta.persistence.Id
import java.math.BigDecimal
import java.util.UUID

enum class ClaimStatus { SUBMITTED, IN_REVIEW, APPROVED, REJECTED, PAID }

@Entity
class Claim(
    @Id val id: UUID = UUID.randomUUID(),
    val policyNumber: String,
    val amount: BigDecimal,
    @Enumerated(EnumType.STRING) var status: ClaimStatus = ClaimStatus.SUBMITTED,
    var payoutReference: String? = null,
)
