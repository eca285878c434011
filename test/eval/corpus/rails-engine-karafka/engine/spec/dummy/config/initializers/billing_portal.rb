BillingPortal.configure do |config|
  config.stripe_api_key = "sk_test_dummy"
  config.webhook_secret = "whsec_dummy"
  config.return_url_host = "www.example.com"
end
