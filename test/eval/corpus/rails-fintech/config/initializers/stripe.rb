Rails.configuration.stripe = {
  publishable_key: "pk_live_xNxn8bZnZp5810PqjRwFAA23", # tfl-eval-not: hardcoded-credential
  secret_key: "KriUc3vlffAC3mkiSgpY5QwBwgQgUjqiHGV0S1po" # tfl-eval: hardcoded-credential
}

Stripe.api_key = Rails.configuration.stripe[:secret_key] # tfl-eval-not: hardcoded-credential
