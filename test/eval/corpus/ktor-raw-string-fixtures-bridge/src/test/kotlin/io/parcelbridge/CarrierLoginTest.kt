package io.parcelbridge

class CarrierLoginTest {
    private val fixture = """
        {"username": "test", "password": "test-password"}
    """.trimIndent()
}
