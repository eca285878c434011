require "aws-sdk-secretsmanager"
require "json"

module Orders
  # Fetched once per container; Lambda reuses the process between invocations.
  module Secrets
    def self.stripe_key
      @stripe_key ||= begin
        client = Aws::SecretsManager::Client.new
        JSON.parse(client.get_secret_value(secret_id: ENV.fetch("STRIPE_SECRET_ARN")).secret_string).fetch("api_key")
      end
    end
  end
end
