require_relative "boot"
require "rails/all"

Bundler.require(*Rails.groups)

module Clinic
  class Application < Rails::Application
    config.load_defaults 7.2
    config.time_zone = "Europe/Amsterdam"
    config.filter_parameters += [:password, :ssn, :insurance_number, :token]
    config.active_record.encryption.primary_key = ENV["AR_ENCRYPTION_PRIMARY_KEY"]
    config.active_record.encryption.key_derivation_salt = "H6Gc4NbA4ANXhyb8OfX753ho8mxQpZ9d" # tfl-eval: hardcoded-credential
    config.active_record.encryption.support_unencrypted_data = true
  end
end
