package io.quizly

import io.ktor.server.application.Application
import io.ktor.server.auth.UserIdPrincipal
import io.ktor.server.auth.principal
import io.ktor.server.response.respond
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import io.quizly.game.ScoreBoard
import io.quizly.plugins.configureKoin
import org.koin.ktor.ext.inject

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    configureKoin()
    val board by inject<ScoreBoard>()
    routing {
        post("/answer/{difficulty}") {
            val player = call.principal<UserIdPrincipal>()!!.name
            board.answer(player, call.parameters["difficulty"] ?: "easy")
            call.respond(board.top(10).map { it.key })
        }
    }
}
