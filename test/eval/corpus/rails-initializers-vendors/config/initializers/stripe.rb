Rails.configuration.stripe = {
  publishable_key: "pk_live_51Q2w3E4r5T6y7U8iHoomgVNfYmSh35Xq8JEjCWyvRTQQjWOi", # tfl-eval-not: hardcoded-credential
  secret_key: ENV.fetch("STRIPE_SECRET_KEY"), # tfl-eval-not: hardcoded-credential
  signing_secret: Rails.env.production? ? ENV.fetch("STRIPE_SIGNING_SECRET") : "whsec_1jJjR8SmhVmfhQftxdFPgvRnRTYcJuFO" # tfl-eval: hardcoded-credential
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
