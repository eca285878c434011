Sidekiq.configure_server do |config|
  config.redis = { url: "redis://jobs-redis.dispatch.internal:6379/1" } # tfl-eval: hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://jobs-redis.dispatch.internal:6379/1" } # tfl-eval: hardcoded-backing-service
end
