require_relative "boot"
require "rails/all"

module Ledger
  class Application < Rails::Application
    config.load_defaults 7.1
    config.secret_key_base = "your-secret-key-base" # tfl-eval: hardcoded-credential
    config.time_zone = ENV.fetch("TZ", "UTC")
  end
end
