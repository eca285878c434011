Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/1") }  # tfl-eval-not: hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://cache-01.prod.example-internal.net:6379/1" }  # tfl-eval: hardcoded-backing-service
end
