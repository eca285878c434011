package quiz

import com.github.kotlintelegrambot.bot
import com.github.kotlintelegrambot.dispatch
import com.github.kotlintelegrambot.dispatcher.command
import com.github.kotlintelegrambot.entities.ChatId
import quiz.data.QuizRepository

private const val ADMIN_CHAT = 129845512L

fun main() {
    val repository = QuizRepository.connect()
    val bot = bot {
        token = "673819732:AAIrwEKHuXMcrMb-WspnKCfQx0JHlLm9VD2" // tfl-eval: hardcoded-credential
        timeout = 30
        dispatch {
            command("start") {
                bot.sendMessage(ChatId.fromId(message.chat.id), text = "Welcome to the pub quiz! Type /next for a question.")
            }
            command("next") {
                val question = repository.randomQuestion()
                bot.sendMessage(ChatId.fromId(message.chat.id), text = question.text)
            }
            command("reset") {
                if (message.chat.id == ADMIN_CHAT) repository.resetScores()
            }
        }
    }
    bot.startPolling()
}
