package com.example.shortlinks

import kotlin.test.Test
import kotlin.test.assertTrue

class ApplicationTest {
    @Test
    fun reservedSlugs() {
        sessions["fixture-token"] = 1L
        assertTrue("admin" in reserved)
    }
}
