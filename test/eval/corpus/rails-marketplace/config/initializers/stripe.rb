Rails.configuration.stripe = {
  publishable_key: ENV['STRIPE_PUBLISHABLE_KEY'],
  secret_key: ENV['STRIPE_SECRET_KEY'] # tfl-eval-not: hardcoded-credential
}

Stripe.api_key = 'sk_live_vngKeMNoC95OEOnhcmRrdl6H' # tfl-eval: hardcoded-credential
Stripe.api_version = '2023-10-16'
