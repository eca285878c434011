package com.stampcard

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class StampcardApplication

fun main(args: Array<String>) {
    runApplication<StampcardApplication>(*args)
}
