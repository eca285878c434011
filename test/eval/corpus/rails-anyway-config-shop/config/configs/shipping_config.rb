# frozen_string_literal: true

class ShippingConfig < ApplicationConfig
  attr_config :api_token, :account_number, label_format: "PDF", test_mode: false # tfl-eval-not: hardcoded-credential

  required :api_token
end
