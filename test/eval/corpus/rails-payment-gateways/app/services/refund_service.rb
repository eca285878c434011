# frozen_string_literal: true

class RefundService
  REFUND_SIGNING_KEY = "d7985e021e158a1b66f88b31f83c9ee3" # tfl-eval: hardcoded-credential
  STATUS_TOKEN_HEADER = "X-Refund-Token" # tfl-eval-not: hardcoded-credential

  def initialize(payment)
    @payment = payment
  end

  def call
    Stripe.api_key = Rails.application.credentials.stripe[:secret_key] # tfl-eval-not: hardcoded-credential
    refund = Stripe::Refund.create(payment_intent: @payment.intent_id)
    signature = OpenSSL::HMAC.hexdigest("SHA256", REFUND_SIGNING_KEY, refund.id)
    PaymentMailer.refunded(@payment, signature).deliver_later
  end
end
