require_relative 'boot'

require 'rails/all'

Bundler.require(*Rails.groups)

module Marketplace
  class Application < Rails::Application
    config.load_defaults 7.0
    config.time_zone = 'Europe/Berlin'
    config.secret_key_base = '0374581bc20db7ac061cd232e423f3da5cd4414fc27d4836215ef5a3b5f355b83e78a47944edbdef6c9a52ca3cab62e88bc6d46030c474cda10c594c6c6a92bd' # tfl-eval: hardcoded-credential
    config.filter_parameters += %i[passw secret token _key crypt salt certificate otp ssn] # tfl-eval-not: hardcoded-credential
    config.action_mailer.smtp_settings = {
      address: 'smtp.postmarkapp.com', # tfl-eval: hardcoded-backing-service
      user_name: ENV['POSTMARK_API_TOKEN'],
      password: ENV['POSTMARK_API_TOKEN'], # tfl-eval-not: hardcoded-credential
      authentication: :plain # tfl-eval-not: hardcoded-credential
    }
  end
end
