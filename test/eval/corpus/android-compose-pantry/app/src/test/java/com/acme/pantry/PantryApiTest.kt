package com.acme.pantry

import org.junit.Assert.assertEquals
import org.junit.Test

class PantryApiTest {
    @Test
    fun headerName() {
        val fakeSecret = "fake-client-secret" // tfl-eval-not: hardcoded-credential
        assertEquals(18, fakeSecret.length)
    }
}
