Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") } # tfl-eval-not: hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { host: "sidekiq-redis.internal", port: 6379, db: 0 } # tfl-eval: hardcoded-backing-service
end
