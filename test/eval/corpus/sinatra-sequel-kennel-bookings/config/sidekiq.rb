Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:kennel_redis@kennel-redis.prod.internal:6379/0" } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") }
end
