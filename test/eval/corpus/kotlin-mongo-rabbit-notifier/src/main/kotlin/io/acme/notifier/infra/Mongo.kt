package io.acme.notifier.infra

import com.mongodb.MongoClientSettings
import com.mongodb.MongoCredential
import com.mongodb.ServerAddress
import com.mongodb.kotlin.client.coroutine.MongoClient

object Mongo {
    private val credential = MongoCredential.createScramSha256Credential(
        "notifier",
        "admin",
        "Hi61xBtmWnR8xgVNAl".toCharArray(), // tfl-eval: hardcoded-credential
    )

    val client: MongoClient = MongoClient.create(
        MongoClientSettings.builder()
            .credential(credential)
            .applyToClusterSettings { it.hosts(listOf(ServerAddress("mongo-0.notifier.svc", 27017))) } // tfl-eval: hardcoded-backing-service
            .build(),
    )
}
