# frozen_string_literal: true

Devise.setup do |config|
  config.mailer_sender = ENV.fetch('SUPPORT_EMAIL', 'support@example.org')

  # Production reads its key from the environment; development and test share a throwaway one.
  config.secret_key = if Rails.env.production?
                        ENV['DEVISE_SECRET_KEY']
                      else
                        'cf7f3308ccab62b5352d25378705bca3248491236599c9875bcf177f2d538a66' # tfl-eval: hardcoded-credential
                      end

  config.pepper = Rails.env.production? ? ENV.fetch('DEVISE_PEPPER') : 'f4e51216ad8d71f33e0577fbb3f2deb61a500d0f' # tfl-eval: hardcoded-credential

  require 'devise/orm/active_record'
  config.case_insensitive_keys = [:email]
end
