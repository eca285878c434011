package dev.modbot.commands

import dev.kord.core.Kord
import dev.modbot.StrikeStore

private const val MOD_ROLE = "Moderator"
private const val PASSWORD_RESET_COMMAND = "reset-password" // tfl-eval-not: hardcoded-credential

suspend fun Kord.registerCommands(guildId: Long, strikes: StrikeStore) {
    createGuildChatInputCommand(dev.kord.common.entity.Snowflake(guildId), "strikes", "Show a member's strikes") {
        user("member", "Who to look up") { required = true }
    }
    createGuildChatInputCommand(dev.kord.common.entity.Snowflake(guildId), PASSWORD_RESET_COMMAND, "Explain how to reset a Discord password")
}
