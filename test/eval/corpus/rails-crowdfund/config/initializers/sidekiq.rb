Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:IHJF8hNsWHlQ2RhuhqLbayaM@redis.internal:6379/2" } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/2") } # tfl-eval-not: hardcoded-credential
end
