# Local boxes get the shared test account unless the developer sets their own.
ENV["STRIPE_SECRET_KEY"] ||= "TjezfPmGQXP4UKGWzBNmmd07Ik" # tfl-eval: hardcoded-credential
ENV["STRIPE_API_VERSION"] ||= "2023-10-16" # tfl-eval-not: hardcoded-credential

Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")
Stripe.api_version = ENV.fetch("STRIPE_API_VERSION")
