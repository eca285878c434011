require "bunny"

module Bridge
  module Amqp
    def self.connection
      @connection ||= Bunny.new(
        host: "rabbitmq.bridge.internal", # tfl-eval: hardcoded-backing-service
        vhost: "/bridge",
        user: "bridge",
        pass: "mQ7OTqCAnfjRse7w", # tfl-eval: hardcoded-credential
        automatically_recover: true
      ).tap(&:start)
    end

    def self.legacy
      Bunny.new("amqps://legacy:9Pw8qPDoDDZu3be3@mq-legacy.bridge.internal/legacy").tap(&:start) # tfl-eval: hardcoded-credential, hardcoded-backing-service
    end
  end
end
