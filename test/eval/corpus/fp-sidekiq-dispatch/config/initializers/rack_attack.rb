Rack::Attack.cache.store = ActiveSupport::Cache::RedisCacheStore.new(
  url: ENV.fetch("THROTTLE_REDIS_URL") # tfl-eval-not: hardcoded-backing-service
)
