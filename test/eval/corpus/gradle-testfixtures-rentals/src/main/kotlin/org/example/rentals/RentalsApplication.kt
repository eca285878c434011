package org.example.rentals

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class RentalsApplication

fun main(args: Array<String>) {
    runApplication<RentalsApplication>(*args)
}
