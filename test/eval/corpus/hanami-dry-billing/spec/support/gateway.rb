Billing::Gateway.configure do |config|
  config.api_token = "spec-token"  # tfl-eval-not: hardcoded-credential
end
