package com.example.recipes

import com.example.recipes.services.ImageCdn
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class ImageCdnTest {
    private val cdn = ImageCdn(signingKey = "unit-test-signing-key") // tfl-eval-not: hardcoded-credential

    @Test
    fun `signed url carries expiry and signature`() {
        val url = cdn.signedUrl("/r/42.jpg", 1_700_000_000)
        assertTrue(url.contains("e=1700000000&s="))
    }
}
