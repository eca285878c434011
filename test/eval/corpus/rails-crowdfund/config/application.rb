require_relative "boot"
require "rails/all"

Bundler.require(*Rails.groups)

module Crowdfund
  class Application < Rails::Application
    config.load_defaults 7.1
    config.time_zone = "UTC"
    config.x.payouts.webhook_secret = "299eea46423669c6bae5759cc4f7e097277b1175" # tfl-eval: hardcoded-credential
    config.x.payouts.provider = "stripe" # tfl-eval-not: hardcoded-credential
    config.x.recaptcha.site_key = ENV["RECAPTCHA_SITE_KEY"] # tfl-eval-not: hardcoded-credential
    config.filter_parameters += [:password, :token, :secret] # tfl-eval-not: hardcoded-credential
  end
end
