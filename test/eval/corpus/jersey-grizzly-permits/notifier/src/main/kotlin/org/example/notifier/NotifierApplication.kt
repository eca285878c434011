package org.example.notifier

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication
import org.springframework.mail.SimpleMailMessage
import org.springframework.mail.javamail.JavaMailSender
import org.springframework.stereotype.Service

@SpringBootApplication
class NotifierApplication

fun main(args: Array<String>) {
    runApplication<NotifierApplication>(*args)
}

@Service
class PasswordResetNotifier(private val mail: JavaMailSender) {
    companion object {
        const val SUBJECT = "Reset your permits password"
        const val RESET_TOKEN_PARAM = "token"
    }

    fun send(to: String, link: String) {
        mail.send(SimpleMailMessage().apply {
            setTo(to)
            subject = SUBJECT
            text = "Follow $link to choose a new password."
        })
    }
}
