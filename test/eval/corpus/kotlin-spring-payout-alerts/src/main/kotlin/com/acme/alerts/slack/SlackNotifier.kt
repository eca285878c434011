package com.acme.alerts.slack

import com.slack.api.Slack
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component

@Component
class SlackNotifier(
    @Value("\${alerts.slack.token:xoxb-922307019834-2587959079347-Np6jDmFpKrm3G1ZaHhLksi43}") private val token: String, // tfl-eval: hardcoded-credential
    @Value("\${alerts.slack.channel:#payouts}") private val channel: String,
) {
    private val slack = Slack.getInstance()

    fun post(text: String) {
        slack.methods(token).chatPostMessage { it.channel(channel).text(text) }
    }
}
