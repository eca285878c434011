package io.ticketdesk

import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController

@RestController
class TicketController(private val tickets: TicketRepository) {
    @GetMapping("/tickets/{id}")
    fun one(@PathVariable id: Long) = tickets.findById(id).orElseThrow()

    @GetMapping("/tickets")
    fun open() = tickets.findByStatus("OPEN")
}
