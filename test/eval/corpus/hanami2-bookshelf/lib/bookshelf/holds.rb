# frozen_string_literal: true

require "redis"

module Bookshelf
  # Hold queue for popular titles, shared by every web worker.
  class Holds
    def initialize
      @redis = Redis.new(host: "holds-redis.library.lan", port: 6379) # tfl-eval: hardcoded-backing-service
    end

    def enqueue(book_id, reader_id)
      @redis.rpush("holds:#{book_id}", reader_id)
    end
  end
end
