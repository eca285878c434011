package dev.ledgerline

import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import java.math.BigDecimal
import org.springframework.data.jpa.repository.JpaRepository
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController

@Entity
class Entry(
    @Id @GeneratedValue var id: Long? = null,
    var account: String = "",
    var amount: BigDecimal = BigDecimal.ZERO,
)

interface EntryRepository : JpaRepository<Entry, Long> {
    fun findByAccount(account: String): List<Entry>
}

@RestController
class EntryController(private val entries: EntryRepository) {
    @GetMapping("/accounts/{account}/entries")
    fun list(@PathVariable account: String): List<Entry> = entries.findByAccount(account)
}
