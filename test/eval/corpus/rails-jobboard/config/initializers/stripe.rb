Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "pk_test_51OqXnKLm3Vb8Rz2QjYc9TsWd4HfP6aUe0kGxNrM7CvB1yZtJ5oLiSq8pEwRnDg3HuF6mKa9VbXc2ZsQ7TjY4Lr00Wv8NqP1x"), # tfl-eval-not: hardcoded-credential
  secret_key: ENV.fetch("STRIPE_SECRET_KEY"),
  webhook_secret: ENV["STRIPE_WEBHOOK_SECRET"],
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
