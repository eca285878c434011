require "json"
require "stripe"
require_relative "../../lib/orders/secrets"

ERROR_BAD_SIGNATURE = "invalid signature" # tfl-eval-not: hardcoded-credential

def call(event:, context:)
  Stripe.api_key = Orders::Secrets.stripe_key
  payload = event["body"]
  header = event.dig("headers", "stripe-signature")
  stripe_event = Stripe::Webhook.construct_event(payload, header, ENV.fetch("WEBHOOK_SIGNING_SECRET"))
  puts JSON.generate(level: "info", msg: "payment event", type: stripe_event.type)
  { statusCode: 200, body: "{}" }
rescue Stripe::SignatureVerificationError
  { statusCode: 400, body: JSON.generate(error: ERROR_BAD_SIGNATURE) }
end
