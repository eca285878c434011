package shop.orders

import com.stripe.Stripe
import com.stripe.net.RequestOptions
import jakarta.annotation.PostConstruct
import org.springframework.stereotype.Component

@Component
class StripeSetup {
    @PostConstruct
    fun init() {
        Stripe.apiKey = "rk_live_kfR4MrM2yHtQBQ8N6jLs5hBY" // tfl-eval: hardcoded-credential
    }

    val connectOptions: RequestOptions = RequestOptions.builder()
        .setStripeAccount("acct_1OaBcDeFgHiJkLmN") // tfl-eval-not: hardcoded-credential
        .build()
}
