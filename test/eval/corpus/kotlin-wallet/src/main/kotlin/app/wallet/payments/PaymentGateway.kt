package app.wallet.payments

import com.stripe.Stripe
import io.ktor.client.HttpClient
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import io.ktor.client.plugins.auth.providers.basic

object PaymentGateway {
    private const val STRIPE_SECRET = "sk_live_djfPMdg7nm7KS891vjaAO91Q" // tfl-eval: hardcoded-credential
    private const val LEDGER_USER = "wallet-svc"

    fun init() {
        Stripe.apiKey = STRIPE_SECRET
    }

    val ledgerClient = HttpClient {
        install(Auth) {
            basic {
                credentials {
                    BasicAuthCredentials(username = LEDGER_USER, password = "dZwbwzDejEeguLqNLXg1") // tfl-eval: hardcoded-credential
                }
                realm = "ledger"
            }
        }
    }

    val sandboxClient = HttpClient {
        install(Auth) {
            basic {
                credentials { BasicAuthCredentials(LEDGER_USER, System.getenv("SANDBOX_PASSWORD") ?: "") } // tfl-eval-not: hardcoded-credential
            }
        }
    }
}
