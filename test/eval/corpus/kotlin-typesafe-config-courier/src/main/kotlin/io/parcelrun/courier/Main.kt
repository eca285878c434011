package io.parcelrun.courier

import io.parcelrun.courier.config.AppConfig
import io.parcelrun.courier.tracking.trackingConfig

fun main() {
    val tracking = trackingConfig()
    println("courier starting; carrier=${tracking.get("tracking.carrier").asString().orElse("none")}")
    println("tracking endpoint: ${AppConfig.config.getString("tracking.endpoint")}")
}
