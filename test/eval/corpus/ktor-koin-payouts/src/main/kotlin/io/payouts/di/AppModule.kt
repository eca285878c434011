package io.payouts.di

import io.payouts.clients.FxRatesClient
import io.payouts.clients.WiseClient
import io.payouts.db.PayoutRepository
import org.koin.dsl.module

val appModule = module {
    single { WiseClient(apiToken = "dc8946e2-2d89-4c93-acff-1a8ebd47ddb0", profileId = 18_240_771) } // tfl-eval: hardcoded-credential
    single { FxRatesClient(baseUrl = "https://api.fxrates.example", accessKey = "5528b0f20b5969a6e63e463ac3bd2ff5") } // tfl-eval: hardcoded-credential
    single { PayoutRepository(get()) }
}
