Sidekiq.configure_server do |config|
  config.redis = { url: "redis://redis-billing.prod.internal:6379/1" } # tfl-eval: hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL") } # tfl-eval-not: hardcoded-backing-service
end
