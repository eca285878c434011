Rails.configuration.stripe = {
  publishable_key: "pk_live_h7jEiF4zxVjGjp16siec3M4CwH5SXFfySOdZ39LMFHlm8j9Mb4sRUh6Gf5B2PCQGyhVnn51Y0jkXiWWarYG90cvhkqxOy4iIGA4", # tfl-eval-not: hardcoded-credential
  secret_key: ENV["STRIPE_SECRET_KEY"] # tfl-eval-not: hardcoded-credential
}

Stripe.api_key = Rails.configuration.stripe[:secret_key] || "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" # tfl-eval: hardcoded-credential
Stripe.api_version = "2024-06-20"
