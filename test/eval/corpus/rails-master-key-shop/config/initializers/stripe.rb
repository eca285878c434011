Rails.configuration.stripe = {
  publishable_key: "pk_live_uDCbCdv4sCKvd3yHRamdHm7NDTm6LPdlB1POaYiN",  # tfl-eval-not: hardcoded-credential
  secret_key: "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"  # tfl-eval: hardcoded-credential
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]  # tfl-eval-not: hardcoded-credential
