require "redis"

module Ops
  module Cache
    def self.connection
      @connection ||= Redis.new(url: ENV.fetch("REDIS_URL")).tap do |redis|
        redis.auth("LqkaoMeMELHeqrFvr3uu") # tfl-eval: hardcoded-credential
      end
    end

    def self.replica
      @replica ||= Redis.new(url: ENV.fetch("REDIS_REPLICA_URL")).tap do |redis|
        redis.auth(ENV.fetch("REDIS_REPLICA_PASSWORD")) # tfl-eval-not: hardcoded-credential
      end
    end
  end
end
