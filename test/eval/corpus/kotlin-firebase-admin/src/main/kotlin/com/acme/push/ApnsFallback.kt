package com.acme.push

import com.eatthepath.pushy.apns.ApnsClientBuilder
import com.eatthepath.pushy.apns.auth.ApnsSigningKey

object ApnsFallback {
    private const val TEAM_ID = "8GRZLY69G9" // tfl-eval-not: hardcoded-credential
    private const val KEY_ID = "2DE7HL3AJO" // tfl-eval-not: hardcoded-credential

    val client = ApnsClientBuilder()
        .setApnsServer(ApnsClientBuilder.PRODUCTION_APNS_HOST)
        .setSigningKey(ApnsSigningKey.loadFromPkcs8File(java.io.File("/run/secrets/apns.p8"), TEAM_ID, KEY_ID))
        .build()
}