package io.parcelbridge

object Webhooks {
    val routes = """
        routes:
          - path: /hooks/dhl
            secret: WmMRQ9FEAYAVe6np0X6fmCp5vX2KA9Hj
          - path: /hooks/ups
            secret: ${'$'}{UPS_HOOK_SECRET}
    """.trimIndent()
}
