package io.ledgerly.cli

import com.github.ajalt.clikt.testing.test
import kotlin.test.Test
import kotlin.test.assertEquals

class SyncTest {
    @Test
    fun `token flag overrides the default`() {
        val result = Sync().test("--api-token test-token-123 --page-size 5")
        assertEquals(0, result.statusCode)
    }

    @Test
    fun `export needs a host`() {
        val result = Export().test("--db-password hunter2")
        assertEquals(1, result.statusCode)
    }
}
