# frozen_string_literal: true

class PaymentConfig < ApplicationConfig
  attr_config :merchant_id,
              api_key: "SIS6EvxfPeQ1pd4vVRN7pCYmH2N9tpcj", # tfl-eval: hardcoded-credential
              webhook_secret: "40b8022971abf4158dae4d9ee28d2c6f5f77cb1c", # tfl-eval: hardcoded-credential
              sandbox: true,
              currency: "EUR"

  required :merchant_id
end
