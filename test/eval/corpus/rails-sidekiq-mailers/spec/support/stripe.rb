RSpec.configure do |config|
  config.before do
    Stripe.api_key = "sk_test_fake" # tfl-eval-not: hardcoded-credential
  end
end
