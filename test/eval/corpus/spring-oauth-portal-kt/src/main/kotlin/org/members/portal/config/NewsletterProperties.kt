package org.members.portal.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties("newsletter")
data class NewsletterProperties(
    val listId: String = "members-weekly",
    val apiKey: String = "834a11703c4f55cdb34e0a66abedb4c6-us21", // tfl-eval: hardcoded-credential
    val senderName: String = "Members Portal",
)
