package com.acme.push

import com.google.auth.oauth2.GoogleCredentials
import com.google.firebase.FirebaseApp
import com.google.firebase.FirebaseOptions
import com.google.firebase.messaging.FirebaseMessaging
import com.google.firebase.messaging.Message

object PushSender {

    private const val SERVICE_ACCOUNT = "/run/secrets/firebase-admin.json" // tfl-eval-not: hardcoded-credential
    private const val LEGACY_SERVER_KEY = "AAAAzqqAOG9:APA91bIEx4rNnkofNA7CfjgqHcy7isBN3BQvtzZ531Mhfzl79cCUPQkFHD5GpdWit5M6ni32R1jeC6KtET0DgyAjjwl30d8FewfHMBNeKifAjZTvG6LkiQxZRMpVXZ0Krc2h-clzW25o" // tfl-eval: hardcoded-credential

    private val app: FirebaseApp by lazy {
        FirebaseApp.initializeApp(
            FirebaseOptions.builder()
                .setCredentials(GoogleCredentials.fromStream(java.io.File(SERVICE_ACCOUNT).inputStream()))
                .build(),
        )
    }

    fun send(deviceToken: String, title: String) {
        FirebaseMessaging.getInstance(app).send(Message.builder().setToken(deviceToken).putData("title", title).build())
    }
}