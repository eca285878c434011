package org.example.admin

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RestController

@SpringBootApplication
class AdminApplication

fun main(args: Array<String>) {
    runApplication<AdminApplication>(*args)
}

@RestController
class StatusController {
    companion object {
        const val PASSWORD_RESET_PATH = "/account/password-reset"
        const val TOKEN_HEADER = "X-Admin-Token"
        const val SECRET_ROTATION_CRON = "0 0 3 * * SUN"
    }

    @GetMapping("/status")
    fun status() = mapOf("status" to "ok", "passwordResetPath" to PASSWORD_RESET_PATH)
}
