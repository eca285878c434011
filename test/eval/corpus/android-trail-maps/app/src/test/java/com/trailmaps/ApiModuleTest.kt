package com.trailmaps

import org.junit.Assert.assertEquals
import org.junit.Test

class ApiModuleTest {
    @Test
    fun passwordFieldIsMasked() {
        val label = "Password" // tfl-eval-not: hardcoded-credential
        assertEquals("Password", label)
    }
}
