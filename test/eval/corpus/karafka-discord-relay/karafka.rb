# frozen_string_literal: true

class KarafkaApp < Karafka::App
  setup do |config|
    config.client_id = "discord_relay"
    config.kafka = {
      "bootstrap.servers": "pkc-4r087.europe-west3.gcp.confluent.cloud:9092", # tfl-eval: hardcoded-backing-service
      "security.protocol": "SASL_SSL",
      "sasl.mechanisms": "PLAIN",
      "sasl.username": "QX4TWB7N2KJ5RMAC",
      "sasl.password": "zYp8Vd2QxN4rLs7Tk1Hm9Wc3Fb6Jg0Ra5Ue8Io2Py4Ta7Sd1Gf3Hj6Kl9Zx0Cv", # tfl-eval: hardcoded-credential
    }
    config.concurrency = 2
  end

  routes.draw do
    topic :announcements do
      consumer AnnouncementsConsumer
    end
  end
end
