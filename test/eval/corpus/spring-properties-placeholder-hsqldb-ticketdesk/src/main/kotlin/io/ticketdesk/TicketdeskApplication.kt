package io.ticketdesk

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class TicketdeskApplication

fun main(args: Array<String>) {
    runApplication<TicketdeskApplication>(*args)
}
