# frozen_string_literal: true

require "redis"

module Postbox
  module Adapters
    class RedisQueue
      def initialize(url: ENV.fetch("POSTBOX_REDIS_URL"))
        @redis = Redis.new(url: url)
      end

      def deliver(message)
        @redis.lpush("postbox:outgoing", message.to_s)
      end

      def to_s
        "redis://#{@redis.connection[:host]}" # tfl-eval-not: hardcoded-backing-service
      end

      def self.dead_letters
        Redis.new(host: "postbox-dlq.prod.internal") # tfl-eval: hardcoded-backing-service
      end
    end
  end
end
