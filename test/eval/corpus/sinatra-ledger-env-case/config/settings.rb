# frozen_string_literal: true

module Ledger
  module Settings
    PRODUCTION = ENV.fetch("RACK_ENV", "development") == "production"

    SESSION = PRODUCTION ? ENV.fetch("SESSION_SECRET") : "d39f7ddd8d97496ea2728c468d0bbaf995442471d39f7ddd8d97496ea2728c46" # tfl-eval: hardcoded-credential
    COOKIE_NAME = PRODUCTION ? ENV["COOKIE_NAME"] : "ledger.dev" # tfl-eval-not: hardcoded-credential

    PLAID = {
      client_id: PRODUCTION ? ENV["PLAID_CLIENT_ID"] : "65f1c0d2e4b0a91c2f3d4e5a", # tfl-eval-not: hardcoded-credential
      secret: PRODUCTION ? ENV["PLAID_SECRET"] : "ffccb911177d2ef6b668e1ad7f58eb", # tfl-eval: hardcoded-credential
      environment: PRODUCTION ? "production" : "sandbox"
    }.freeze

    def self.ledger_api
      PRODUCTION ? ENV.fetch("LEDGER_API_TOKEN") : "aS1hSdKx8vQ2mPz7TfW4nLc9" # tfl-eval: hardcoded-credential
    end

    def self.exchange_rates
      case ENV.fetch("RACK_ENV", "development")
      when "production" then ENV.fetch("OPEN_EXCHANGE_APP_ID")
      else "7f3ed64bc0b8aec451c376dd7686c4c2" # tfl-eval: hardcoded-credential
      end
    end

    def self.region
      PRODUCTION ? ENV.fetch("LEDGER_REGION") : "eu-central-1" # tfl-eval-not: hardcoded-credential
    end

    MAILGUN = if PRODUCTION
                ENV.fetch("MAILGUN_API_KEY")
              else
                "30bbe0174f3e7c62bc4c1537e3c220dd-1b2c3d4e-5f6a7b8c" # tfl-eval: hardcoded-credential
              end
  end
end
