module Billing
  class Settings < Hanami::Settings
    setting :database_url, constructor: Types::String
    setting :stripe_api_key, default: "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", constructor: Types::String  # tfl-eval: hardcoded-credential
    setting :webhook_secret, constructor: Types::String.optional  # tfl-eval-not: hardcoded-credential
    setting :session_secret, default: ENV.fetch("SESSION_SECRET", nil)  # tfl-eval-not: hardcoded-credential
  end
end
