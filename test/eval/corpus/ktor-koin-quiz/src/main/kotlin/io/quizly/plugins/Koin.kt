package io.quizly.plugins

import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.quizly.game.ScoreBoard
import org.koin.dsl.module
import org.koin.ktor.plugin.Koin

val gameModule = module {
    single { ScoreBoard() }
}

fun Application.configureKoin() {
    install(Koin) { modules(gameModule) }
}
