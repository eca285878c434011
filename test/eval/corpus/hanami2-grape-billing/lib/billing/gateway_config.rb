require "dry/configurable"

module Billing
  class GatewayConfig
    extend Dry::Configurable

    setting :api_key, default: "QLpBpKlxrE3bWRXz1w2fpsFc6xB742BW" # tfl-eval: hardcoded-credential
    setting :api_url, default: "https://api.paygate.example/v2"
    setting :webhook_secret, default: ENV["PAYGATE_WEBHOOK_SECRET"] # tfl-eval-not: hardcoded-credential
    setting :timeout, default: 10
  end
end
