package shop

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class ShopApplication {
    companion object {
        // Session ids handed out at login, by id: this JVM's memory only.
        val sessions = mutableMapOf<String, Long>()
        // Currency names, filled once below and only read after.
        val currencies = mutableMapOf<String, String>() // tfl-eval-not: memory-session-store
    }
}

fun main(args: Array<String>) {
    ShopApplication.currencies["EUR"] = "Euro"
    ShopApplication.currencies["USD"] = "US dollar"
    runApplication<ShopApplication>(*args)
}
