Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:etykE5yCAezoPUZ55HytasOgNXlDgygm@sidekiq-redis.internal:6379/3', network_timeout: 5 } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch('REDIS_URL', 'redis://localhost:6379/3') } # tfl-eval-not: hardcoded-credential
end
