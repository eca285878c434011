package com.acme.claims.notify

import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient

@ConfigurationProperties(prefix = "claims.sms")
data class SmsProperties(val baseUrl: String, val accountSid: String, val authToken: String, val sender: String = "ACME")

@Component
class SmsNotifier(private val props: SmsProperties) {
    private val client = RestClient.builder().baseUrl(props.baseUrl).build()

    fun claimApproved(phone: String, claimId: String) {
        client.post()
            .uri("/Accounts/{sid}/Messages.json", props.accountSid)
            .headers { it.setBasicAuth(props.accountSid, props.authToken) }
            .body(mapOf("To" to phone, "From" to props.sender, "Body" to "Your claim $claimId was approved."))
            .retrieve()
            .toBodilessEntity()
    }
}
