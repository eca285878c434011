require "dry/configurable"

module Billing
  class Gateway
    extend Dry::Configurable

    setting :api_token, default: "fb4bbc28bd037f181c52dd961467c19130de81dd"  # tfl-eval: hardcoded-credential
    setting :endpoint, default: "https://api.gateway.example.com"
    setting :password_field, default: "password"  # tfl-eval-not: hardcoded-credential
  end
end
