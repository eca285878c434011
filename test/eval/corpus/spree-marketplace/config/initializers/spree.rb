Spree.config do |config|
  config.currency = "EUR"
  config.track_inventory_levels = true
end

Spree::Auth::Config[:confirmable] = true
Spree.user_class = "Spree::User"

Rails.application.config.after_initialize do
  stripe = Spree::Gateway::StripeElementsGateway.find_or_initialize_by(name: "Stripe")
  stripe.set_preference(:publishable_key, "pk_live_517Ylfqdk0CgsXk7vOZOqWnSzCFoDmfV") # tfl-eval-not: hardcoded-credential
  stripe.set_preference(:secret_key, "sk_live_FOpuZikyU9AAkjtups9V5EUV") # tfl-eval: hardcoded-credential
  stripe.set_preference(:test_mode, false)
  stripe.save!
end
