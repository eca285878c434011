require "rdkafka"

module Bridge
  module Kafka
    CONFIG = {
      "bootstrap.servers": "b-1.bridge.kafka.eu-west-1.amazonaws.com:9096",
      "security.protocol": "SASL_SSL",
      "sasl.mechanisms": "SCRAM-SHA-512",
      "sasl.username": "bridge",
      "sasl.password": "3K1VijnbHEdiwWm9", # tfl-eval: hardcoded-credential
      "group.id": "bridge"
    }.freeze

    def self.producer
      Rdkafka::Config.new(CONFIG).producer
    end
  end
end
