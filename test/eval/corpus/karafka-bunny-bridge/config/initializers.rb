require "stripe"

Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") # tfl-eval-not: hardcoded-credential
Stripe.api_version = "2024-04-10"
Stripe.max_network_retries = 2

BRIDGE_SIGNING_SECRET = "whsec_5t6bgDYU48kFt0xtwQrxZQgtP0UfRJmD" # tfl-eval: hardcoded-credential
