require "bundler/setup"
require "semantic_logger"
require_relative "config/settings"
require_relative "app/consumers/invoice_paid_consumer"

SemanticLogger.add_appender(io: $stdout, formatter: :json)

class KarafkaApp < Karafka::App
  setup do |config|
    config.kafka = {
      "bootstrap.servers": Settings.config.kafka_brokers,
      "security.protocol": "SASL_SSL",
      "sasl.mechanisms": "SCRAM-SHA-512",
      "sasl.username": Settings.config.kafka_username,
      "sasl.password": Settings.config.kafka_password
    }
    config.client_id = "billing-consumer"
    config.shutdown_timeout = 30_000
  end

  routes.draw do
    topic :invoices_paid do
      consumer InvoicePaidConsumer
    end
  end
end
