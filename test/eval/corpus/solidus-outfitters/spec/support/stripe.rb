RSpec.configure do |config|
  config.before(:each, :stripe) do
    stub_const("ENV", ENV.to_h.merge("STRIPE_SECRET_KEY" => "sk_test_#{'0' * 24}", "STRIPE_PUBLISHABLE_KEY" => "pk_test_#{'0' * 24}")) # tfl-eval-not: hardcoded-credential
  end
end
