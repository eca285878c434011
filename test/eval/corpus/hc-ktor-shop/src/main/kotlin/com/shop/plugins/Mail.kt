package com.shop.plugins

import com.shop.utils.AppConstants
import org.apache.commons.mail.DefaultAuthenticator
import org.apache.commons.mail.SimpleEmail

fun sendResetMail(to: String, code: String) {
    val email = SimpleEmail()
    email.hostName = AppConstants.SmtpServer.HOST_NAME
    email.setSmtpPort(AppConstants.SmtpServer.PORT)
    email.setAuthenticator(DefaultAuthenticator(System.getenv("SMTP_USER"), System.getenv("SMTP_PASSWORD")))
    email.isSSLOnConnect = true
    email.setFrom(AppConstants.SmtpServer.DEFAULT_AUTH_EMAIL)
    email.subject = AppConstants.SmtpServer.EMAIL_SUBJECT
    email.setMsg("Your code: $code")
    email.addTo(to)
    email.send()
}

class DatabaseSettings {
    companion object {
        const val REDIS_HOST = "10.8.0.14" // tfl-eval: hardcoded-backing-service
        const val REDIS_HOST_HEADER = "X-Redis-Host"
        val DB_HOST: String = System.getenv("DB_HOST") ?: "localhost" // tfl-eval-not: hardcoded-backing-service
    }
}
