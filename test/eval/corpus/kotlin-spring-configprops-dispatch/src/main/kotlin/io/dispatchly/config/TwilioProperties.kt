package io.dispatchly.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties("dispatch.twilio")
data class TwilioProperties(
    val accountSid: String = "AC8c4464bbe7e3cadfc2fe4155c56369e5", // tfl-eval-not: hardcoded-credential
    val authToken: String = "5d849ca0e6a46fb4e35716f449207521", // tfl-eval: hardcoded-credential
    val fromNumber: String = "+4930555012345",
    val statusCallbackToken: String = "", // tfl-eval-not: hardcoded-credential
)
