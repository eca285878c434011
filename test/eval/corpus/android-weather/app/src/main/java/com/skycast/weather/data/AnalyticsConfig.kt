package com.skycast.weather.data

class AnalyticsConfig private constructor(val writeKey: String, val endpoint: String) {
    class Builder {
        private var writeKey: String = ""
        private var endpoint: String = "https://events.skycast.example"
        fun writeKey(value: String) = apply { writeKey = value }
        fun endpoint(value: String) = apply { endpoint = value }
        fun build() = AnalyticsConfig(writeKey, endpoint)
    }

    companion object {
        val production = Builder()
            .writeKey("X1pRiBbZsq30ReB5w2y6vgtoHrr8Ka7x") // tfl-eval: hardcoded-credential
            .build()
    }
}
