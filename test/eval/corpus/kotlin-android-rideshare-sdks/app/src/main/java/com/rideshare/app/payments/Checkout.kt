package com.rideshare.app.payments

import android.content.Context
import com.stripe.android.PaymentConfiguration

object Checkout {
    // The publishable key is meant to ship in the app.
    private const val STRIPE_PUBLISHABLE_KEY = "pk_live_sZsEmHAJ1M5b6pX8CO4D14WU6HhONJSx8sPzOGMQD0TBqQwtP43JjPhq8xQgfjcGi9kmQZ2ZAOcvK7lRWIp34ywTEfRkHI44yc9" // tfl-eval-not: hardcoded-credential

    fun init(context: Context) {
        PaymentConfiguration.init(context, STRIPE_PUBLISHABLE_KEY)
    }
}
