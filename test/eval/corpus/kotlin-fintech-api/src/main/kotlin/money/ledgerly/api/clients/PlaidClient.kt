package money.ledgerly.api.clients

import io.micronaut.http.annotation.Get
import io.micronaut.http.annotation.Header
import io.micronaut.http.client.annotation.Client

@Client("https://production.plaid.example")
@Header(name = "PLAID-SECRET", value = "34245bf656cabe4555759b7dac2e1c") // tfl-eval: hardcoded-credential
interface PlaidClient {
    @Get("/accounts")
    fun accounts(): String
}

class WiseClient(private val token: String = System.getenv("WISE_TOKEN") ?: "") // tfl-eval-not: hardcoded-credential

class OpenExchangeRates {
    companion object {
        private const val APP_ID = "e8c3b5cef184fae83c36715cdb53ec56" // tfl-eval: hardcoded-credential
        private const val BASE = "https://openexchangerates.example/api/latest.json?app_id="
    }

    fun url() = BASE + APP_ID
}
