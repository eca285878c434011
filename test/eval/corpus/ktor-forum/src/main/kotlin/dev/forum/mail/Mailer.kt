package dev.forum.mail

import org.apache.commons.mail.DefaultAuthenticator
import org.apache.commons.mail.SimpleEmail

class Mailer(private val host: String = "smtp.mailtrap.io") {
    fun send(to: String, subject: String, text: String) {
        SimpleEmail().apply {
            hostName = host
            setSmtpPort(2525)
            setAuthenticator(DefaultAuthenticator("forum-mailer", "fF0LltcG0Fu2")) // tfl-eval: hardcoded-credential
            setFrom("forum@mail.dev")
            this.subject = subject
            setMsg(text)
            addTo(to)
        }.send()
    }
}
