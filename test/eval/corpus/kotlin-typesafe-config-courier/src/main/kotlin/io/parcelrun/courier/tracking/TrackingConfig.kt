package io.parcelrun.courier.tracking

import io.helidon.config.Config
import io.helidon.config.ConfigSources

fun trackingConfig(): Config = Config.builder()
    .sources(
        ConfigSources.environmentVariables(),
        ConfigSources.create(
            mapOf(
                "tracking.carrier" to "dhl",
                "tracking.client-id" to "parcelrun-courier",
                "tracking.client-secret" to "Wm5tR8qZ3vK7pL1xN9cJ4hB2", // tfl-eval: hardcoded-credential
                "tracking.secret-ref" to "vault:secret/data/courier#tracking", // tfl-eval-not: hardcoded-credential
            ),
        ),
    )
    .build()
