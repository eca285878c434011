require "dry-configurable"

class Settings
  extend Dry::Configurable

  setting :kafka_brokers, default: ENV.fetch("KAFKA_BROKERS", "localhost:9092")
  setting :kafka_username, default: ENV.fetch("KAFKA_USERNAME", "billing")
  setting :kafka_password, default: ENV.fetch("KAFKA_PASSWORD", nil)
  setting :database_url, default: ENV.fetch("DATABASE_URL", "postgres://localhost/billing_dev")
  # Ledger export endpoint; the partner issued one token for all environments.
  setting :ledger_token, default: "lgr_5f0c2a9e7b3d41c8a6e2f9b0d7c4a1e3" # tfl-eval: hardcoded-credential
end
