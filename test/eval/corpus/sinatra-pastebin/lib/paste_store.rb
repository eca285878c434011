require "redis"
require "securerandom"

class PasteStore
  TTL = 7 * 24 * 3600

  def initialize
    @redis = Redis.new(host: "pastes.redis.cache.windows.net", port: 6380, ssl: true) # tfl-eval: hardcoded-backing-service
  end

  def save(text)
    id = SecureRandom.urlsafe_base64(6)
    @redis.set("paste:#{id}", text, ex: TTL)
    id
  end

  def fetch(id)
    @redis.get("paste:#{id}")
  end
end
