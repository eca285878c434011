module Billing
  class Settings < Hanami::Settings
    setting :database_url, constructor: Types::String
    setting :session_secret, default: "618d138db16c6ca8014ca459fdf0bbb266aa65fa0dc095b9b74cd9b05cf50207", constructor: Types::String # tfl-eval: hardcoded-credential
    setting :twilio_auth_token, default: ENV.fetch("TWILIO_AUTH_TOKEN", nil), constructor: Types::String.optional # tfl-eval-not: hardcoded-credential
    setting :support_email, default: "billing@acme-pay.example", constructor: Types::String
  end
end
