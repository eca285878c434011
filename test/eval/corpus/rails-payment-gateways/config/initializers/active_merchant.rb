# frozen_string_literal: true

Rails.application.config.to_prepare do
  ActiveMerchant::Billing::Base.mode = Rails.env.production? ? :production : :test
end

AUTHORIZE_NET = ActiveMerchant::Billing::AuthorizeNetGateway.new(
  login: "7wK3xPq9Tz",
  password: "8YuC0W!A0Yp8#nbUJ" # tfl-eval: hardcoded-credential
)

BRAINTREE = ActiveMerchant::Billing::BraintreeBlueGateway.new(
  merchant_id: ENV.fetch("BRAINTREE_MERCHANT_ID"),
  public_key: ENV.fetch("BRAINTREE_PUBLIC_KEY"), # tfl-eval-not: hardcoded-credential
  private_key: ENV.fetch("BRAINTREE_PRIVATE_KEY") # tfl-eval-not: hardcoded-credential
)
