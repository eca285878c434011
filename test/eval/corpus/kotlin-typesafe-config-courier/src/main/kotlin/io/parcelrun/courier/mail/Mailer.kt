package io.parcelrun.courier.mail

import jakarta.mail.Authenticator
import jakarta.mail.PasswordAuthentication
import jakarta.mail.Session
import java.io.StringReader
import java.util.Properties
import org.apache.commons.configuration2.PropertiesConfiguration

object Mailer {
    private val smtpDefaults = Properties().apply {
        load(
            StringReader(
                """
                mail.smtp.host=smtp.parcelrun.io
                mail.smtp.port=587
                mail.smtp.auth=true
                mail.smtp.password=8ocFKcZs26P73Yl23UkeIRjZevqmcs
                """.trimIndent(),
            ),
        )
    }

    private val archive = PropertiesConfiguration().apply {
        setProperty("archive.imap.host", "imap.parcelrun.io")
        setProperty("archive.imap.user", "proofs")
        setProperty("archive.imap.password", "Yq4vN8zL2tHw6RkP0sXm") // tfl-eval: hardcoded-credential
        setProperty("archive.imap.password-file", "/run/secrets/imap") // tfl-eval-not: hardcoded-credential
    }

    fun session(): Session {
        val user = System.getenv("SMTP_USER") ?: "dispatch@parcelrun.io"
        val password = System.getenv("SMTP_PASSWORD") ?: "" // tfl-eval-not: hardcoded-credential
        return Session.getInstance(smtpDefaults, object : Authenticator() {
            override fun getPasswordAuthentication() = PasswordAuthentication(user, password) // tfl-eval-not: hardcoded-credential
        })
    }
}
