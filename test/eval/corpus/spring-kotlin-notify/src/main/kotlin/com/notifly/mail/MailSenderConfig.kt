package com.notifly.mail

import java.util.Properties
import javax.mail.Authenticator
import javax.mail.PasswordAuthentication
import javax.mail.Session
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.mail.javamail.JavaMailSenderImpl

@Configuration
class MailSenderConfig {

    @Bean
    fun mailSender(): JavaMailSenderImpl = JavaMailSenderImpl().apply {
        host = "smtp.office365.com" // tfl-eval: hardcoded-backing-service
        port = 587
        username = "alerts@notifly.com"
        password = "Hfuyy396_pdb" // tfl-eval: hardcoded-credential
        javaMailProperties["mail.smtp.starttls.enable"] = "true"
    }

    fun legacySession(): Session {
        val props = Properties()
        props["mail.smtp.host"] = "mail.notifly.com"
        props["mail.smtp.auth"] = "true"
        props.setProperty("mail.smtp.password", "Puqre170&5np") // tfl-eval: hardcoded-credential
        return Session.getInstance(props, object : Authenticator() {
            override fun getPasswordAuthentication() = PasswordAuthentication("legacy@notifly.com", "Zijpa111*c82") // tfl-eval: hardcoded-credential
        })
    }
}
