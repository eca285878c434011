package io.quizly.game

import java.util.concurrent.ConcurrentHashMap

// Points per question difficulty: constant.
val POINTS = mapOf("easy" to 1, "medium" to 2, "hard" to 3)

class ScoreBoard {
    // Running score of every player in the current round.
    private val scores = ConcurrentHashMap<String, Int>()

    fun answer(player: String, difficulty: String) {
        scores.merge(player, POINTS[difficulty] ?: 0, Int::plus)
    }

    fun top(n: Int) = scores.entries.sortedByDescending { it.value }.take(n)
}
