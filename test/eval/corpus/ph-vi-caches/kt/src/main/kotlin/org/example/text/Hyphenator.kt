package org.example.text

import java.util.concurrent.ConcurrentHashMap

object Hyphenator {
    // Hyphenation patterns per language, loaded from the classpath once per process.
    private val patterns = ConcurrentHashMap<String, List<String>>()

    fun patternsFor(language: String): List<String> =
        patterns.getOrPut(language) { javaClass.getResource("/hyph/$language.txt")!!.readText().lines() }
}
