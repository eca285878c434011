package dev.modbot

import dev.kord.core.Kord
import dev.kord.core.event.message.MessageCreateEvent
import dev.kord.core.on
import dev.kord.gateway.Intent
import dev.kord.gateway.PrivilegedIntent
import dev.modbot.commands.registerCommands
import io.lettuce.core.RedisClient
import io.lettuce.core.RedisURI

private const val GUILD_ID = 998877665544332211L

@OptIn(PrivilegedIntent::class)
suspend fun main() {
    val kord = Kord("MTIzNTgzMzAyOTU4ODkwNzYy.aHLIP3.sBQsvbGMVhFnByciHvjAkrYLwSqBZNGH8DLIfw") // tfl-eval: hardcoded-credential

    val redis = RedisClient.create(
        RedisURI.builder()
            .withHost("redis.modbot.internal") // tfl-eval: hardcoded-backing-service
            .withPort(6379)
            .withPassword("3n03PChRFLfWSFHy6U1JK42B".toCharArray()) // tfl-eval: hardcoded-credential
            .build()
    )
    val strikes = StrikeStore(redis.connect().sync())

    kord.registerCommands(GUILD_ID, strikes)
    kord.on<MessageCreateEvent> {
        if (message.author?.isBot != false) return@on
        if (LinkFilter.isPhishing(message.content)) {
            message.delete("phishing link")
            strikes.add(message.author!!.id.value)
        }
    }
    kord.login {
        intents += Intent.GuildMessages
        intents += Intent.MessageContent
    }
}
