package services

import com.stripe.Stripe
import com.stripe.model.PaymentIntent
import com.stripe.param.PaymentIntentCreateParams
import javax.inject.{Inject, Singleton}
import play.api.Configuration

@Singleton
class PaymentService @Inject() (config: Configuration) {
  Stripe.apiKey = config.get[String]("stripe.secret-key") // tfl-eval-not: hardcoded-credential

  private val webhookSecret: String =
    config.getOptional[String]("stripe.webhook-secret").getOrElse("whsec_ADS7psUfEmzx9Jx2I8hdrVr0asXMvxGw") // tfl-eval: hardcoded-credential

  def hold(amountCents: Long, currency: String): PaymentIntent =
    PaymentIntent.create(
      PaymentIntentCreateParams.builder().setAmount(amountCents).setCurrency(currency).build()
    )

  def secret: String = webhookSecret
}
