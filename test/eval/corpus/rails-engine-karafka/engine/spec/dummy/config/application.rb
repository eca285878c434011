require_relative "boot"
require "rails/all"
Bundler.require(*Rails.groups)
require "billing_portal"

module Dummy
  class Application < Rails::Application
    config.load_defaults 7.1
    config.secret_key_base = "dummy-app-secret-key-base-for-engine-specs-only"
  end
end
