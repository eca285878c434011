require "billing_portal/version"
require "billing_portal/engine"

module BillingPortal
  # Host apps set these in an initializer; nothing here is a default secret.
  mattr_accessor :stripe_api_key
  mattr_accessor :webhook_secret
  mattr_accessor :return_url_host, default: "localhost:3000"
  mattr_accessor :session_key, default: :billing_portal_customer_id

  PASSWORD_RESET_NOTICE = "If the address is known, a password reset link is on its way."
  TOKEN_PARAM = :portal_token

  def self.configure
    yield self
  end
end
