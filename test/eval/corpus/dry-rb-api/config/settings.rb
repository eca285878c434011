# frozen_string_literal: true

require 'dry/configurable'

module Billing
  class Settings
    extend Dry::Configurable

    setting :database_url, default: ENV.fetch('DATABASE_URL', 'postgres://localhost/billing_dev')
    setting :paddle do
      setting :vendor_id, default: '153665'
      setting :api_key, default: '2498bcc414527932f0bbe9580bfa2acc2c3465b313b674328d' # tfl-eval: hardcoded-credential
      setting :webhook_secret, default: ENV['PADDLE_WEBHOOK_SECRET'] # tfl-eval-not: hardcoded-credential
    end
    setting :session_secret, default: 'bb533814880f3e34844c8143fc5255886efd7d4b8a4f963346d49ff821ba2459' # tfl-eval: hardcoded-credential
    setting :password_min_length, default: 12 # tfl-eval-not: hardcoded-credential
  end
end
