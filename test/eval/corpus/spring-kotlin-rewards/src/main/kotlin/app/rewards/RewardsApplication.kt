package app.rewards

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class RewardsApplication

fun main(args: Array<String>) {
    runApplication<RewardsApplication>(*args)
}
